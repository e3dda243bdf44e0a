using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Customers.RecycleBin;

/// <summary>客户回收站: the customers one deleted (administrators: all), restorable to where they were.</summary>
public class IndexModel(CellCrmDbContext db, CustomerPoolService pool, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<(Guid Id, string Name, string Mobile, DateTimeOffset? DeletedAt, string Was)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var admin = staff.IsInRole(StaffRoles.Admin);
        var me = staff.Id;
        var rows = await db.Customers.AsNoTracking()
            .Where(c => c.Status == CustomerStatus.Recycled && (admin || c.RecycledById == me))
            .OrderByDescending(c => c.RecycledAt).Take(200)
            .Select(c => new { c.Id, c.Name, c.Mobile, c.RecycledAt, c.StatusBeforeRecycle })
            .ToListAsync(ct);
        Rows = rows.Select(r => (r.Id, r.Name, Masking.Mobile(r.Mobile), r.RecycledAt, r.StatusBeforeRecycle == CustomerStatus.InPool ? "客户公海" : "我的客户")).ToList();
    }

    /// <summary>删除 (from the customer list, detail page or the pool): into the recycle bin.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        return await RunAsync(me => pool.RecycleAsync(Selected, me, scope, ct), "移入回收站");
    }

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) =>
        RunAsync(me => pool.RestoreAsync(Selected, me, staff.IsInRole(StaffRoles.Admin), ct), "恢复");

    private async Task<IActionResult> RunAsync(Func<StaffRef, Task<PoolResult>> action, string verb)
    {
        try
        {
            var (success, error) = PoolResultMessage.Describe(await action(new StaffRef(staff.Id, staff.Name)), verb);
            TempData["StatusMessage"] = success;
            TempData["ErrorMessage"] = error;
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        // Back to the list or detail page the action came from (local URLs only).
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage();
    }
}
