using CellCrm.BackOffice.Services.DemandLists;
using CellCrm.Domain.Approvals;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Approvals;

/// <summary>The staff to-do inbox: 待我处理, 暂不处理, 我已处理 and 我发起的, as read-only queries.</summary>
public sealed class ApprovalInbox(CellCrmDbContext db, PlanTodoQuery plans)
{
    public const int PageSize = 20;

    public IQueryable<ApprovalRequest> AwaitingMe(Guid staffId) =>
        from r in db.ApprovalRequests.AsNoTracking()
        where r.Status == ApprovalStatus.Pending
              && db.ApprovalSteps.Any(s => s.RequestId == r.Id && s.Round == r.Round && s.Status == ApprovalStepStatus.Current
                  && db.ApprovalAssignees.Any(a => a.StepId == s.Id && a.StaffId == staffId))
        select r;

    public IQueryable<ApprovalRequest> Query(InboxTab tab, Guid staffId)
    {
        var snoozed = db.ApprovalSnoozes.Where(z => z.StaffId == staffId).Select(z => z.RequestId);
        return tab switch
        {
            InboxTab.Todo => AwaitingMe(staffId).Where(r => !snoozed.Contains(r.Id)),
            InboxTab.Snoozed => AwaitingMe(staffId).Where(r => snoozed.Contains(r.Id)),
            InboxTab.Done => db.ApprovalRequests.AsNoTracking().Where(r => db.ApprovalActions.Any(a => a.RequestId == r.Id && a.ActorId == staffId
                && (a.Kind == ApprovalActionKind.Approved || a.Kind == ApprovalActionKind.Rejected || a.Kind == ApprovalActionKind.Reassigned))),
            InboxTab.Mine => db.ApprovalRequests.AsNoTracking().Where(r => r.SubmitterId == staffId),
        };
    }

    /// <summary>The navigation badge on every page: one statement (the list pages have a statement budget). The plan
    /// loop's turns (待出方案 / 待确认方案) count as to-dos too.</summary>
    public async Task<InboxCounts> CountsAsync(Guid staffId, CancellationToken ct)
    {
        var todo = Query(InboxTab.Todo, staffId);
        var snoozed = Query(InboxTab.Snoozed, staffId);
        var planTurns = plans.AwaitingMe(staffId);
        var unread = db.Notifications.Where(n => n.RecipientId == staffId && n.ReadAt == null);
        var counts = await db.Staff.AsNoTracking().Where(s => s.Id == staffId)
            .Select(_ => new InboxCounts(todo.Count() + planTurns.Count(), snoozed.Count(), unread.Count()))
            .SingleOrDefaultAsync(ct);
        return counts ?? new InboxCounts(await todo.CountAsync(ct) + await planTurns.CountAsync(ct), await snoozed.CountAsync(ct), await unread.CountAsync(ct));
    }
}
