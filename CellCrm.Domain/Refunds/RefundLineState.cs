namespace CellCrm.Domain.Refunds;

/// <summary>Where the money of one refund line is: not yet sent, sent and awaiting WeChat Pay, paid out, or failed.</summary>
public enum RefundLineState
{
    Pending = 0,
    Processing = 1,
    Refunded = 2,
    Failed = 3,
}
