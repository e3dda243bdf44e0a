namespace CellCrm.Domain.Payments;

/// <summary>What decides whether a plan may still change: the money received for the contract (allocated to the
/// lines first) and the number of payment links bound to a plan line that are still waiting to be paid.</summary>
public sealed record PlanEditState(long ReceivedFen, int BoundOpenLinks);
