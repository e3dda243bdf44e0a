using CellCrm.Domain.Approvals;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>The Refund approval's decision (组长 → 财务 → 分管领导 from 5万元): an approved application may be paid out.</summary>
public sealed class RefundApplicationOutcomeHandler(CellCrmDbContext db, RefundSources sources, TimeProvider clock) : IApprovalOutcomeHandler
{
    public ApprovalBusinessType BusinessType => ApprovalBusinessType.Refund;

    public async Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct)
    {
        if (await db.RefundApplications.Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == request.SubjectId, ct) is not { } application)
        {
            // A request about no application (data from before refund applications existed): nothing to move.
            return;
        }

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
                application.Withdraw();
                break;
            case ApprovalOutcome.Resubmitted:
                // While rejected its lines reserved nothing: the money may have been refunded by another application since.
                var available = await sources.ForContractAsync(application.ContractId, ct);
                foreach (var line in application.Lines)
                {
                    if (line.AmountFen > (available.FirstOrDefault(s => s.Id == line.SourceId)?.RefundableFen ?? 0))
                    {
                        throw new Domain.Common.DomainException($"收款“{line.SourceLabel}”的可退金额已不足{Domain.Contracts.Money.Yuan(line.AmountFen)}元，不能重新提交");
                    }
                }

                application.Reopen(now);
                break;
            case ApprovalOutcome.StillPending:
                break;
        }
    }
}
