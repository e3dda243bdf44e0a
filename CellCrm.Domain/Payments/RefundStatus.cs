namespace CellCrm.Domain.Payments;

/// <summary>WeChat Pay's refund <c>status</c> / <c>refund_status</c>.</summary>
public enum RefundStatus
{
    Processing,
    Success,
    Closed,
    Abnormal,
}
