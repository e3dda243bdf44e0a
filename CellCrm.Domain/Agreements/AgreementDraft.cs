namespace CellCrm.Domain.Agreements;

/// <summary>新建补充协议 as entered: the purpose, whether the sample was already collected, how it is
/// signed, the reason, and for a storage change the storage items to keep.</summary>
public sealed record AgreementDraft(
    AgreementPurpose Purpose,
    bool SampleCollected,
    AgreementSigning Signing,
    string Reason,
    IReadOnlyCollection<StorageItem> KeptItems);
