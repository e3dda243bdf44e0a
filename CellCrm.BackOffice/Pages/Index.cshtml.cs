using CellCrm.BackOffice.Services;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages;

public class IndexModel(CellCrmDbContext db, ICurrentStaff staff, TimeProvider clock) : PageModel
{
    public int VisibleCustomers { get; private set; }

    public int DueFollowUps { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        var customers = db.Customers.AsNoTracking().VisibleTo(scope);
        VisibleCustomers = await customers.CountAsync(ct);
        var endOfDay = clock.GetUtcNow().AddDays(1);
        DueFollowUps = await customers.CountAsync(c => c.OwnerId == staff.Id && c.NextFollowUpAt != null && c.NextFollowUpAt < endOfDay, ct);
    }
}
