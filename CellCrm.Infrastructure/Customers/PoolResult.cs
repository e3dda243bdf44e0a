namespace CellCrm.Infrastructure.Customers;

/// <summary>What a bulk pool action did: customers done at once, sent for approval, and refusals with reasons.</summary>
public sealed record PoolResult(int Done, int PendingApproval, IReadOnlyList<string> Refused);
