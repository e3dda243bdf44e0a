using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>An order placed with the sandbox (stored as JSON when the sandbox is shared through a folder).</summary>
public sealed class SandboxOrder
{
    public string OutTradeNo { get; set; } = "";

    public string Description { get; set; } = "";

    public long AmountFen { get; set; }

    public string PayerOpenId { get; set; } = "";

    public DateTimeOffset? ExpiresAt { get; set; }

    public string? Attach { get; set; }

    public string PrepayId { get; set; } = "";

    public TradeState State { get; set; } = TradeState.NotPay;

    public string? TransactionId { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public long Refunded { get; set; }

    public static SandboxOrder Place(JsapiOrder order, string prepayId) => new()
    {
        OutTradeNo = order.OutTradeNo,
        Description = order.Description,
        AmountFen = order.AmountFen,
        PayerOpenId = order.PayerOpenId,
        ExpiresAt = order.ExpiresAt,
        Attach = order.Attach,
        PrepayId = prepayId,
    };

    /// <summary>Whether ordering again with <paramref name="order"/> repeats this order exactly.</summary>
    public bool SameAs(JsapiOrder order) =>
        order.Description == Description && order.AmountFen == AmountFen && order.PayerOpenId == PayerOpenId &&
        order.ExpiresAt == ExpiresAt && order.Attach == Attach;
}
