namespace CellCrm.Domain.Signing;

/// <summary>What one signature records: the verified signer, where the request came from, the hashes of the file
/// shown and of the file produced, and the stored handwriting and signed PDF.</summary>
public sealed record SignatureInput(
    string SignerName,
    string? MaskedIdNumber,
    string? OpenId,
    string? IpAddress,
    string? UserAgent,
    DateTimeOffset SignedAt,
    string HashBefore,
    string HashAfter,
    Guid SignatureImageFileId,
    Guid SignedFileId);
