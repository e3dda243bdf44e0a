namespace CellCrm.Infrastructure.Payments;

/// <summary>What recording a reported payment did.</summary>
public enum CreditOutcome
{
    /// <summary>Recorded now; the link is paid.</summary>
    Credited,

    /// <summary>Recorded now, but the link was no longer payable: flagged for refund.</summary>
    CreditedForRefund,

    /// <summary>This transaction was recorded before (a replay or a concurrent copy): nothing changed.</summary>
    AlreadyCredited,

    /// <summary>No attempt of ours has this out_trade_no.</summary>
    UnknownOrder,

    /// <summary>The amount differs from the link's: not recorded.</summary>
    AmountMismatch,

    /// <summary>The transaction is not in a paid state.</summary>
    NotPaid,
}
