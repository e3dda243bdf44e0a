namespace CellCrm.Domain.Payments;

/// <summary>Why a notify was refused.</summary>
public enum NotifyRejection
{
    MissingHeaders,
    StaleTimestamp,
    UnknownSerial,
    BadSignature,
    Malformed,
    DecryptionFailed,

    /// <summary>Decrypted, but for another merchant or app id.</summary>
    WrongMerchant,
    UnsupportedEvent,
}
