namespace CellCrm.Testing.Fakes.WeChatPay;

/// <summary>A refund requested from the fake.</summary>
public sealed class FakeRefund(string refundId, string outRefundNo, FakeOrder order, long refund)
{
    public string RefundId { get; } = refundId;

    public string OutRefundNo { get; } = outRefundNo;

    public FakeOrder Order { get; } = order;

    public long Refund { get; } = refund;

    public string Status { get; set; } = "PROCESSING";

    public DateTimeOffset? SuccessTime { get; set; }
}
