using CellCrm.Domain.Signing;

namespace CellCrm.Infrastructure.Signing;

/// <summary>What the signing pipeline needs from one kind of subject (a contract, a supplementary agreement, a
/// handover …): the template and its data, the signers in order and whom to tell; whether the subject still
/// accepts signatures; and what changes on the subject once its document is fully signed. One implementation per
/// <see cref="SubjectType"/>, registered with <c>services.AddSigningSubject&lt;T&gt;()</c>.</summary>
public interface ISigningSubjectHandler
{
    /// <summary>The subject kind this handler serves, e.g. "Contract" (stored on the document).</summary>
    string SubjectType { get; }

    /// <exception cref="Domain.Common.DomainException">The subject cannot be signed now (wrong status, kind …).</exception>
    Task<SigningRequest> PrepareAsync(Guid subjectId, CancellationToken ct);

    /// <summary>Null while the subject accepts signatures; otherwise why not (the open document is then voided).</summary>
    Task<string?> ClosedReasonAsync(Guid subjectId, CancellationToken ct);

    /// <summary>The staff member told about signatures (the advisor) and the subject's back-office page.</summary>
    Task<SubjectOwner> OwnerAsync(Guid subjectId, CancellationToken ct);

    /// <summary>The last signer signed: apply the effect on the subject (tracked; saved together with the signature).</summary>
    Task OnSignedAsync(SignableDocument document, DateTimeOffset now, CancellationToken ct);
}
