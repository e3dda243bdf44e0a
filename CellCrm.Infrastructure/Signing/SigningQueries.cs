using CellCrm.Domain.Common;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Signing;

/// <summary>Reads of signable documents: a customer's own (portal, 我的签署) and a subject's (back office).</summary>
public sealed class SigningQueries(CellCrmDbContext db)
{
    /// <summary>The documents <paramref name="customerId"/> signs that are waiting or signed (voided ones are gone),
    /// the newest first.</summary>
    public async Task<IReadOnlyList<SigningDocumentView>> ForCustomerAsync(Guid customerId, CancellationToken ct)
    {
        var documents = await db.SignableDocuments.AsNoTracking().Include(d => d.Signers)
            .Where(d => d.Signers.Any(s => s.CustomerId == customerId)
                && (d.Status == SignableDocumentStatus.AwaitingSignature || d.Status == SignableDocumentStatus.Signed))
            .OrderByDescending(d => d.CreatedAt).Take(100).ToListAsync(ct);
        return documents.Select(d => View(d, customerId)).ToList();
    }

    /// <summary>One document for one of its signers; null for anyone else (the page answers 404).</summary>
    public async Task<SigningDocumentView?> ForSignerAsync(Guid documentId, Guid customerId, CancellationToken ct)
    {
        var document = await db.SignableDocuments.AsNoTracking().Include(d => d.Signers).FirstOrDefaultAsync(d => d.Id == documentId, ct);
        return document is null || !document.IsSignerOf(customerId) ? null : View(document, customerId);
    }

    /// <summary>The documents of a subject (e.g. a contract) with signers and evidence, the newest first.</summary>
    public async Task<IReadOnlyList<SignableDocument>> ForSubjectAsync(SigningSubject subject, CancellationToken ct) =>
        await db.SignableDocuments.AsNoTracking().Include(d => d.Signers).Include(d => d.Evidence).AsSplitQuery()
            .Where(d => d.SubjectType == subject.Type && d.SubjectId == subject.Id)
            .OrderByDescending(d => d.CreatedAt).ToListAsync(ct);

    private static SigningDocumentView View(SignableDocument d, Guid customerId)
    {
        string? closed = null;
        try
        {
            d.EnsureMaySign(customerId);
        }
        catch (DomainException e)
        {
            closed = e.Message;
        }

        var mine = d.Signers.Where(s => s.CustomerId == customerId).ToList();
        return new SigningDocumentView(d.Id, d.Title, d.Kind, d.Status, d.SignedFileId ?? d.CurrentFileId, d.SignedSha256 ?? d.CurrentSha256,
            closed is null, closed, mine.All(s => s.HasSigned), mine.Max(s => s.SignedAt), d.GeneratedAt, d.SignedAt);
    }
}
