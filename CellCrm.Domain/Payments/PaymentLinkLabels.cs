namespace CellCrm.Domain.Payments;

/// <summary>What staff and customers read for the payment enums, and amounts in yuan.</summary>
public static class PaymentLinkLabels
{
    public static string Of(PaymentLinkState state) => state switch
    {
        PaymentLinkState.Pending => "待支付",
        PaymentLinkState.Paid => "已支付",
        PaymentLinkState.Expired => "已过期",
        PaymentLinkState.Cancelled => "已取消",
        PaymentLinkState.Superseded => "已被替代",
    };

    public static string Of(PaymentAttemptState state) => state switch
    {
        PaymentAttemptState.Open => "支付中",
        PaymentAttemptState.Paid => "已支付",
        PaymentAttemptState.Closed => "已关闭",
    };

    /// <summary>Fen as yuan with two decimals, e.g. 600000 → "6,000.00".</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
