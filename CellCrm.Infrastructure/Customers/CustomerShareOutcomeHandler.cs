using CellCrm.Domain.Approvals;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Customers;

/// <summary>Moves a share request with its approval: granted for three days on approval (the owner is told, in
/// the words of §4.2), closed on rejection or withdrawal, waiting again on resubmission.</summary>
public sealed class CustomerShareOutcomeHandler(CellCrmDbContext db, INotifier notifier, TimeProvider clock) : IApprovalOutcomeHandler
{
    public ApprovalBusinessType BusinessType => ApprovalBusinessType.CustomerShare;

    public async Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct)
    {
        var share = await db.CustomerShares.FirstAsync(s => s.Id == request.SubjectId, ct);
        var now = clock.GetUtcNow();
        switch (outcome)
        {
            case ApprovalOutcome.Approved:
                share.Grant(now);
                var customerName = await db.Customers.Where(c => c.Id == share.CustomerId).Select(c => c.Name).FirstAsync(ct);
                notifier.Notify(share.OwnerIdAtRequest, "跨部门客户共享提醒",
                    $"数据名称: {share.Number}；[{request.SubmitterName}] 发起了客户[{customerName}]的共享申请, 分管领导已审批通过, 系统将自动共享给TA!",
                    $"/Customers/Details/{share.CustomerId}");
                break;
            case ApprovalOutcome.Rejected:
                share.Reject(now);
                break;
            case ApprovalOutcome.Withdrawn:
                share.Withdraw(now);
                break;
            case ApprovalOutcome.Resubmitted:
                share.Reopen();
                break;
            case ApprovalOutcome.StillPending:
                break;
        }
    }
}
