using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>A refund requested from the sandbox; it stays PROCESSING until its notify is built.</summary>
internal sealed class SandboxRefund(PaymentRefund refund)
{
    public PaymentRefund Refund { get; set; } = refund;
}
