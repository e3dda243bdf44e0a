namespace CellCrm.Domain.OfflineCollections;

/// <summary>草稿 → 待核对 (entered: counts as received) → 已核对, or 核对有误 (no longer counts; corrected and entered again).</summary>
public enum OfflineCollectionStatus
{
    Draft = 0,
    PendingCheck = 1,
    Checked = 2,
    Erroneous = 3,
}
