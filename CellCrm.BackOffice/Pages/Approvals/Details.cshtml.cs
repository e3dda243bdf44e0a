using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Approvals;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Approvals;

/// <summary>One approval: business summary, steps, 审批意见 timeline, and the actions open to the viewer.</summary>
public class DetailsModel(ApprovalService approvals, ApprovalSubjects subjects, ICurrentStaff staff, CellCrmDbContext db) : PageModel
{
    public ApprovalRequest Approval { get; private set; } = null!;

    public IReadOnlyList<(string Label, string Value)> Subject { get; private set; } = [];

    public bool CanDecide { get; private set; }

    public bool IsSnoozed { get; private set; }

    public bool IsSubmitter { get; private set; }

    public bool IsAdministrator => staff.IsInRole(StaffRoles.Admin);

    public IReadOnlyList<(Guid Id, string Name)> StaffChoices { get; private set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public Guid? ToStaffId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        Subject = await subjects.DescribeAsync(Approval, ct);
        StaffChoices = (await db.Staff.AsNoTracking().Where(s => s.IsActive && s.Id != staff.Id).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, me => approvals.ApproveAsync(id, me, Comment, ct), "已同意", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, me => approvals.RejectAsync(id, me, Comment, ct), "已驳回，申请已退回提交人", ct);

    public Task<IActionResult> OnPostReassignAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, me => ToStaffId is { } to
            ? approvals.ReassignAsync(id, me, to, Comment, IsAdministrator, ct)
            : throw new DomainException("请选择新处理人"), "已更换处理人", ct);

    public Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, me => approvals.CommentAsync(id, me, Comment, ct), "已回复", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, me => approvals.WithdrawAsync(id, me, Comment, ct), "已撤回", ct);

    public Task<IActionResult> OnPostResubmitAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, me => approvals.ResubmitAsync(id, me, Comment, ct), "已重新提交", ct);

    public Task<IActionResult> OnPostSnoozeAsync(Guid id, bool snooze, CancellationToken ct) =>
        ActAsync(id, me => approvals.SnoozeAsync(id, me.Id, snooze, ct), snooze ? "已移入暂不处理" : "已移回待我处理", ct);

    /// <summary>Loads the request and checks the viewer may see it: submitter, any approver or actor, or an admin.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var request = await approvals.FindAsync(id, ct);
        if (request is null)
        {
            return NotFound();
        }

        var me = staff.Id;
        var involved = request.SubmitterId == me
            || request.Steps.Any(s => s.IsAssignedTo(me))
            || request.Actions.Any(a => a.ActorId == me)
            || IsAdministrator;
        if (!involved)
        {
            return Forbid();
        }

        Approval = request;
        CanDecide = request.IsAwaiting(me);
        IsSubmitter = request.SubmitterId == me;
        IsSnoozed = await db.ApprovalSnoozes.AnyAsync(z => z.RequestId == id && z.StaffId == me, ct);
        return null;
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<StaffRef, Task> action, string done, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        try
        {
            await action(new StaffRef(staff.Id, staff.Name));
            TempData["StatusMessage"] = done;
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage(new { id });
    }
}
