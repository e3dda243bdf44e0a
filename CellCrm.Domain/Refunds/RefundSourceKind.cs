namespace CellCrm.Domain.Refunds;

/// <summary>Which received money a refund line gives back: an online payment (WeChat Pay) or an offline collection
/// (线下收款, recorded by finance). Kept as kind + id so that further kinds need no new column.</summary>
public enum RefundSourceKind
{
    OnlinePayment = 0,
    OfflineCollection = 1,
}
