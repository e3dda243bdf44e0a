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

namespace CellCrm.BackOffice.Pages.Customers.Pool;

/// <summary>客户公海: customers without an owner. Everyone sees the pool; claiming from another group needs the
/// former group leader's approval; leaders assign; the special permission assigns directly.</summary>
public class IndexModel(CellCrmDbContext db, CustomerPoolService pool, ICurrentStaff staff) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public Guid? AssignTo { get; set; }

    public IReadOnlyList<PoolRow> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public bool IsLeader => StaffPermissions.IsLeader(staff.Roles);

    public bool CanDirectAssign => StaffPermissions.CanDirectAssign(staff.Roles);

    public IReadOnlyList<(Guid Id, string Name)> Assignees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Customers.AsNoTracking().Where(c => c.Status == CustomerStatus.InPool);
        if (!string.IsNullOrWhiteSpace(Keyword))
        {
            query = query.Where(c => c.Name.Contains(Keyword.Trim()));
        }

        var rows = await query.OrderByDescending(c => c.ReleasedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new { c.Id, c.Name, c.Mobile, c.PreviousOwnerId, c.PreviousDepartmentId, c.ReleasedAt, c.PendingClaimId })
            .ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        var staffNames = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        Rows = rows.Take(PageSize).Select(r => new PoolRow(r.Id, r.Name, Masking.Mobile(r.Mobile),
            r.PreviousOwnerId is { } o ? staffNames.GetValueOrDefault(o, "—") : "—",
            r.PreviousDepartmentId is { } d ? departments.GetValueOrDefault(d, "—") : "—",
            r.ReleasedAt, r.PendingClaimId is not null)).ToList();
        if (IsLeader || CanDirectAssign)
        {
            var scope = await staff.GetScopeAsync(ct);
            Assignees = (await db.Staff.AsNoTracking().Where(s => s.IsActive && (scope.Level == DataScope.All || scope.DepartmentIds.Contains(s.DepartmentId)))
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        }
    }

    public Task<IActionResult> OnPostClaimAsync(CancellationToken ct) =>
        RunAsync(me => pool.AssignAsync(Selected, me, staff.Roles, me.Id, direct: false, ct), "分配给您");

    public Task<IActionResult> OnPostAssignAsync(CancellationToken ct) =>
        RunAsync(me => pool.AssignAsync(Selected, me, staff.Roles, AssignTo ?? throw new DomainException("请选择负责人"), direct: false, ct), "分配");

    public Task<IActionResult> OnPostDirectAssignAsync(CancellationToken ct) =>
        RunAsync(me => pool.AssignAsync(Selected, me, staff.Roles, AssignTo ?? throw new DomainException("请选择负责人"), direct: true, ct), "直接分配");

    /// <summary>释放 from a customer list or detail page: owners and their leaders.</summary>
    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        return await RunAsync(_ => pool.ReleaseAsync(Selected, scope, ct), "释放到公海");
    }

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
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage(new { Keyword, PageNumber });
    }
}
