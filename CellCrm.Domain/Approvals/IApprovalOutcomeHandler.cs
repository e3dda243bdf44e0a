namespace CellCrm.Domain.Approvals;

/// <summary>The business side of one approval type: moves its object when the request is decided. Runs inside
/// the same unit of work as the decision, so the decision and its effect are saved together or not at all.</summary>
public interface IApprovalOutcomeHandler
{
    ApprovalBusinessType BusinessType { get; }

    Task OnOutcomeAsync(ApprovalRequest request, ApprovalOutcome outcome, CancellationToken ct);
}
