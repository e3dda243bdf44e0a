namespace CellCrm.Infrastructure.Refunds;

/// <summary>What a refund report (notify or query) did to our records.</summary>
public enum RefundSettleOutcome
{
    Refunded,
    Failed,
    StillProcessing,
    AlreadySettled,
    UnknownRefund,
    Mismatch,
}
