namespace CellCrm.Domain.PaymentSplits;

/// <summary>Which kind of receipt a split divides: an online payment (线上收款) or an offline collection (线下收款).</summary>
public enum SplitSourceKind
{
    Online = 0,
    Offline = 1,
}
