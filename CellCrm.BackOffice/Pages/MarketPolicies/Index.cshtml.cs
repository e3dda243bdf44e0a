using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.MarketPolicies;

/// <summary>市场政策 list (标签, 优惠名称, 优惠政策, 失效日期 as in §4.4); every staff member may read it, admins edit.</summary>
public class IndexModel(CellCrmDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MarketPolicy> Policies { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> ProductNames { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        Policies = await db.MarketPolicies.AsNoTracking().Include(p => p.Products).OrderByDescending(p => p.IsActive).ThenBy(p => p.Code).ToListAsync(ct);
        ProductNames = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name + "（" + p.CellType + "）", ct);
    }
}
