namespace CellCrm.Domain.OfflineCollections;

/// <summary>回款核对: what finance found against the bank or acquirer statement.</summary>
public enum ReceiptCheck
{
    /// <summary>已到账，金额一致.</summary>
    Matched = 0,

    /// <summary>未到账.</summary>
    NotArrived = 1,

    /// <summary>到账金额不符.</summary>
    AmountDiffers = 2,
}
