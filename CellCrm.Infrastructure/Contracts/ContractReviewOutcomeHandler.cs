using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>客服审批 of a signed contract: approved makes it effective; rejected sends it back with the reason (a
/// paper contract needs a corrected scan); withdrawn leaves it signed.</summary>
public sealed class ContractReviewOutcomeHandler(CellCrmDbContext db, INotifier notifier, TimeProvider clock) : IApprovalOutcomeHandler
{
    public ApprovalBusinessType BusinessType => ApprovalBusinessType.ContractReview;

    public async Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct)
    {
        var contract = await db.Contracts.FirstAsync(c => c.Id == request.SubjectId, ct);
        var now = clock.GetUtcNow();
        var link = $"/Contracts/Details/{contract.Id}";
        switch (outcome)
        {
            case ApprovalOutcome.Approved:
                contract.ApproveReview(now);
                if (contract.OwnerId != request.SubmitterId)
                {
                    notifier.Notify(contract.OwnerId, "合同已生效", $"合同{contract.Number}已通过客服审核", link);
                }

                break;
            case ApprovalOutcome.Rejected:
                contract.RejectReview(request.Actions.Last(a => a.Kind == ApprovalActionKind.Rejected).Comment ?? "", now);
                if (contract.OwnerId != request.SubmitterId)
                {
                    notifier.Notify(contract.OwnerId, "合同客服审核驳回", $"合同{contract.Number}：{contract.ReviewRejectionReason}", link);
                }

                break;
            case ApprovalOutcome.Withdrawn:
                contract.WithdrawReview();
                break;
            case ApprovalOutcome.Resubmitted:
                throw new DomainException("合同审核被驳回或撤回后，请在合同详情中处理后重新提交客服审核");
            case ApprovalOutcome.StillPending:
                break;
        }
    }
}
