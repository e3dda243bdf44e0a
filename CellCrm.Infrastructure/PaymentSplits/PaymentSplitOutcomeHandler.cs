using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.PaymentSplits;

/// <summary>The regional manager's decision on a 回款拆单.</summary>
public sealed class PaymentSplitOutcomeHandler(CellCrmDbContext db, TimeProvider clock) : IApprovalOutcomeHandler
{
    public ApprovalBusinessType BusinessType => ApprovalBusinessType.PaymentSplit;

    public async Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct)
    {
        var split = await db.PaymentSplits.FirstAsync(s => s.Id == request.SubjectId, ct);
        var now = clock.GetUtcNow();
        switch (outcome)
        {
            case ApprovalOutcome.Approved:
                split.Approve(now);
                break;
            case ApprovalOutcome.Rejected:
                split.Reject(request.Actions.LastOrDefault(a => a.Kind == ApprovalActionKind.Rejected)?.Comment, now);
                break;
            case ApprovalOutcome.Withdrawn:
                split.Withdraw(now);
                break;
            case ApprovalOutcome.Resubmitted:
                // The receipt may have been split anew since the rejection; one active split per receipt.
                if (await db.PaymentSplits.AnyAsync(s => s.Id != split.Id && s.SourceKind == split.SourceKind && s.ActiveSourceId == split.SourceId, ct))
                {
                    throw new DomainException(PaymentSplitService.AlreadySplitMessage);
                }

                split.Reopen();
                break;
            case ApprovalOutcome.StillPending:
                break;
        }
    }
}
