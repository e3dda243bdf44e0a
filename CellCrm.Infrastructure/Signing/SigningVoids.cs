using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Signing;

/// <summary>Voids a subject's waiting documents when the subject stops accepting signatures (a contract taken back
/// to draft, an agreement revoked), in the caller's unit of work so both are saved (and audited) together.</summary>
public sealed class SigningVoids(CellCrmDbContext db)
{
    public async Task VoidOpenAsync(SigningSubject subject, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.SignableDocuments.Where(d => d.SubjectType == subject.Type && d.SubjectId == subject.Id
            && (d.Status == SignableDocumentStatus.Pending || d.Status == SignableDocumentStatus.AwaitingSignature)).ToListAsync(ct);
        foreach (var document in open)
        {
            document.Void(reason, now);
        }
    }
}
