namespace CellCrm.Domain.PaymentSplits;

/// <summary>Finds a receipt of one kind that may be split. Online payments have one; offline collections add theirs
/// beside it, so the split itself does not depend on where the money came in.</summary>
public interface ISplitReceiptSource
{
    SplitSourceKind Kind { get; }

    /// <summary>The receipt, or null when there is none with this id or it cannot be split (for example money
    /// that must be refunded).</summary>
    Task<SplitReceipt?> FindAsync(Guid id, CancellationToken ct);
}
