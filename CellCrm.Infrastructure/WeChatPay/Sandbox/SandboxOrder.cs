using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>An order placed with the sandbox. Changed only under a lock on itself.</summary>
internal sealed class SandboxOrder(JsapiOrder order, string prepayId)
{
    public JsapiOrder Order { get; } = order;

    public string PrepayId { get; } = prepayId;

    public TradeState State { get; set; } = TradeState.NotPay;

    public string? TransactionId { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public long Refunded { get; set; }
}
