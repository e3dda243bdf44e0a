namespace CellCrm.Infrastructure.Refunds;

/// <summary>The offline collections (线下收款) of a contract that a refund may give back. Implemented by the offline
/// collections area; until it registers one, refunds list online payments only.</summary>
public interface IOfflineRefundSources
{
    Task<IReadOnlyList<ReceivedMoney>> ForContractAsync(Guid contractId, CancellationToken ct);
}
