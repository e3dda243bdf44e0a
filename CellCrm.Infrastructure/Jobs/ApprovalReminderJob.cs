using CellCrm.Domain.Approvals;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Jobs;

/// <summary>SLA check: approvers of a step waiting more than <see cref="Sla"/> are reminded, at most once a day.</summary>
public sealed class ApprovalReminderJob(CellCrmDbContext db, INotifier notifier, TimeProvider clock)
{
    public const string Id = "approval-sla-reminders";
    public static readonly TimeSpan Sla = TimeSpan.FromHours(24);

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var overdueSince = now - Sla;
        var waiting = await db.ApprovalSteps.AsNoTracking()
            .Where(s => s.Status == ApprovalStepStatus.Current && s.StartedAt <= overdueSince)
            .Join(db.ApprovalRequests, s => s.RequestId, r => r.Id, (s, r) => new { Step = s, r.Title, r.Id })
            .ToListAsync(ct);
        var stepIds = waiting.Select(w => w.Step.Id).ToList();
        var assignees = await db.ApprovalAssignees.AsNoTracking().Where(a => stepIds.Contains(a.StepId)).ToListAsync(ct);
        var yesterday = now.AddDays(-1);
        foreach (var item in waiting)
        {
            var link = $"/Approvals/Details/{item.Id}";
            foreach (var assignee in assignees.Where(a => a.StepId == item.Step.Id))
            {
                var remindedToday = await db.Notifications.AnyAsync(n => n.RecipientId == assignee.StaffId && n.Link == link
                    && n.Title.StartsWith("审批超时提醒") && n.CreatedAt > yesterday, ct);
                if (!remindedToday)
                {
                    notifier.Notify(assignee.StaffId, $"审批超时提醒：{item.Title}", $"“{item.Step.Name}”已等待超过{Sla.TotalHours:0}小时，请尽快处理", link);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
