using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Agreements;

/// <summary>客服审批 of a signed supplementary agreement. Approved: the agreement takes effect on its contract
/// (terminated, or its products and amount reduced) in the same unit of work as the decision; rejected: back to
/// 待签署 with the reason; withdrawn: it stays signed.</summary>
public sealed class SupplementaryAgreementOutcomeHandler(CellCrmDbContext db, INotifier notifier, TimeProvider clock) : IApprovalOutcomeHandler
{
    public ApprovalBusinessType BusinessType => ApprovalBusinessType.SupplementaryAgreement;

    public async Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct)
    {
        var agreement = await db.SupplementaryAgreements.Include(a => a.Lines).FirstAsync(a => a.Id == request.SubjectId, ct);
        var now = clock.GetUtcNow();
        var link = $"/Contracts/Agreements/Details/{agreement.Id}";
        switch (outcome)
        {
            case ApprovalOutcome.Approved:
                var contract = await db.Contracts.Include(c => c.Lines).AsSplitQuery().FirstAsync(c => c.Id == agreement.ContractId, ct);
                agreement.ApproveReview(contract, now);
                if (agreement.OwnerId != request.SubmitterId)
                {
                    notifier.Notify(agreement.OwnerId, "补充协议已生效", $"{AgreementLabels.Of(agreement.Type)}{agreement.Number}已通过客服审核", link);
                }

                break;
            case ApprovalOutcome.Rejected:
                agreement.RejectReview(request.Actions.Last(a => a.Kind == ApprovalActionKind.Rejected).Comment ?? "", now);
                if (agreement.OwnerId != request.SubmitterId)
                {
                    notifier.Notify(agreement.OwnerId, "补充协议客服审核驳回", $"{agreement.Number}：{agreement.ReviewRejectionReason}", link);
                }

                break;
            case ApprovalOutcome.Withdrawn:
                agreement.WithdrawReview();
                break;
            case ApprovalOutcome.Resubmitted:
                throw new DomainException("补充协议审核被驳回或撤回后，请在补充协议详情中处理后重新提交客服审核");
            case ApprovalOutcome.StillPending:
                break;
        }
    }
}
