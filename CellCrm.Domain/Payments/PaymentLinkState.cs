namespace CellCrm.Domain.Payments;

/// <summary>待支付 / 已支付 / 已过期 / 已取消 / 已被替代 (SPEC §2.8, seed 000 §5.2).</summary>
public enum PaymentLinkState
{
    Pending = 0,
    Paid = 1,
    Expired = 2,
    Cancelled = 3,
    Superseded = 4,
}
