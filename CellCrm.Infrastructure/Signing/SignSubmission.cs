namespace CellCrm.Infrastructure.Signing;

/// <summary>What the portal posts: the document, the SHA-256 of the file the page showed, the canvas PNG and where
/// the request came from (kept as evidence).</summary>
public sealed record SignSubmission(Guid DocumentId, Guid CustomerId, string? ShownSha256, byte[]? SignaturePng, string? IpAddress, string? UserAgent);
