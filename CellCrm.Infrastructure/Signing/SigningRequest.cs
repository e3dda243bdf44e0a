using CellCrm.Domain.Signing;
using CellCrm.Domain.Signing.Templates;

namespace CellCrm.Infrastructure.Signing;

/// <summary>A document to generate for a subject: the template (latest version) and the data filled into it, the
/// signers in 签署顺序, the staff member told when it is signed and the back-office page of the subject.</summary>
public sealed record SigningRequest(
    SignableDocumentKind Kind,
    ISigningTemplate Template,
    string DataJson,
    IReadOnlyList<SignerSpec> Signers,
    string Reference);
