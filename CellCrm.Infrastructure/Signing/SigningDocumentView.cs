using CellCrm.Domain.Signing;

namespace CellCrm.Infrastructure.Signing;

/// <summary>A document as its signer sees it in the portal: what to show (the current file and its SHA-256, which
/// the signature is made on), whether it is their turn now, and why not otherwise.</summary>
public sealed record SigningDocumentView(
    Guid Id,
    string Title,
    SignableDocumentKind Kind,
    SignableDocumentStatus Status,
    Guid? FileId,
    string? FileSha256,
    bool MayCustomerSign,
    string? ClosedReason,
    bool SignedByCustomer,
    DateTimeOffset? CustomerSignedAt,
    DateTimeOffset? GeneratedAt,
    DateTimeOffset? SignedAt);
