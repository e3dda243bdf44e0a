namespace CellCrm.Domain.RealName;

/// <summary>Tells the customer the outcome of a verification (实名审核结果). Implementations add to the current
/// unit of work, so the notice exists exactly when the decision does.</summary>
public interface IRealNameNotifier
{
    Task NotifyAsync(RealNameVerification verification, CancellationToken ct);
}
