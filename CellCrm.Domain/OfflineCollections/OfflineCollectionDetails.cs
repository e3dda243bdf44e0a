namespace CellCrm.Domain.OfflineCollections;

/// <summary>What staff enter for an offline collection (seed 000 §5.3): method, actual receipt date, payer, notes
/// and the amounts per contract product. <see cref="PrepaymentOrderId"/> is the 预付款订单 a 预付款抵扣 draws on.</summary>
public sealed record OfflineCollectionDetails(
    OfflineMethod Method,
    string? OtherMethod,
    Guid? PrepaymentOrderId,
    DateOnly ReceivedOn,
    string Payer,
    string? Remarks,
    IReadOnlyList<CollectionLineDraft> Lines);
