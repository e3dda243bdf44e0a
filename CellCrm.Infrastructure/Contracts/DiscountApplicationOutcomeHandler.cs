using CellCrm.Domain.Approvals;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>The leaders' decision on a 优惠申请: approved applications may be linked to one contract.</summary>
public sealed class DiscountApplicationOutcomeHandler(CellCrmDbContext db, TimeProvider clock) : IApprovalOutcomeHandler
{
    public ApprovalBusinessType BusinessType => ApprovalBusinessType.DiscountApplication;

    public async Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct)
    {
        var application = await db.DiscountApplications.FirstAsync(a => a.Id == request.SubjectId, ct);
        var now = clock.GetUtcNow();
        switch (outcome)
        {
            case ApprovalOutcome.Approved:
                application.Approve(now);
                break;
            case ApprovalOutcome.Rejected:
                application.Reject(request.Actions.LastOrDefault(a => a.Kind == ApprovalActionKind.Rejected)?.Comment, now);
                break;
            case ApprovalOutcome.Withdrawn:
                application.Withdraw(now);
                break;
            case ApprovalOutcome.Resubmitted:
                application.Reopen();
                break;
            case ApprovalOutcome.StillPending:
                break;
        }
    }
}
