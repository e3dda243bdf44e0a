using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>Everything the sandbox "WeChat Pay" knows: orders by out_trade_no, refunds by out_refund_no.</summary>
public sealed class SandboxState
{
    public Dictionary<string, SandboxOrder> Orders { get; set; } = [];

    public Dictionary<string, PaymentRefund> Refunds { get; set; } = [];
}
