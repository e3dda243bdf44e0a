using CellCrm.Domain.Approvals;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.ApprovalFlows;

public class IndexModel(CellCrmDbContext db) : PageModel
{
    public IReadOnlyList<ApprovalFlowDefinition> Flows { get; private set; } = [];

    public Dictionary<Guid, string> StaffNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Flows = (await db.ApprovalFlows.AsNoTracking().Include(f => f.Steps).ToListAsync(ct)).OrderBy(f => f.BusinessType).ToList();
        StaffNames = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }
}
