using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Customers;

/// <summary>The former group leader's decision on a pool claim: assigned on approval, back to the pool otherwise.</summary>
public sealed class PoolClaimOutcomeHandler(CellCrmDbContext db, INotifier notifier) : IApprovalOutcomeHandler
{
    public ApprovalBusinessType BusinessType => ApprovalBusinessType.PoolClaim;

    public async Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct)
    {
        var claim = await db.PoolClaims.FirstAsync(c => c.Id == request.SubjectId, ct);
        var customer = await db.Customers.FirstAsync(c => c.Id == claim.CustomerId, ct);
        switch (outcome)
        {
            case ApprovalOutcome.Approved:
                claim.Close(PoolClaimStatus.Approved);
                customer.AssignFromPool(claim.NewOwnerId, claim.NewDepartmentId, claim.Id);
                if (claim.NewOwnerId != request.SubmitterId)
                {
                    notifier.Notify(claim.NewOwnerId, "公海客户已分配给您", $"客户[{customer.Name}]已分配给您，请及时跟进", $"/Customers/Details/{customer.Id}");
                }

                break;
            case ApprovalOutcome.Rejected:
                claim.Close(PoolClaimStatus.Rejected);
                customer.CancelClaim(claim.Id);
                break;
            case ApprovalOutcome.Withdrawn:
                claim.Close(PoolClaimStatus.Withdrawn);
                customer.CancelClaim(claim.Id);
                break;
            case ApprovalOutcome.Resubmitted:
                throw new DomainException("分配申请被驳回或撤回后，请在客户公海中重新发起");
            case ApprovalOutcome.StillPending:
                break;
        }
    }
}
