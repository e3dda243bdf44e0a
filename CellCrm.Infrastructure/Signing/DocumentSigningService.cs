using CellCrm.Domain.Common;
using CellCrm.Domain.Documents;
using CellCrm.Domain.Files;
using CellCrm.Domain.Health;
using CellCrm.Domain.Notifications;
using CellCrm.Domain.RealName;
using CellCrm.Domain.Signing;
using CellCrm.Domain.Signing.Templates;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Signing;

/// <summary>签署 in the portal: checks the signer (a signer of this document, real-name verified, their turn, the
/// file they were shown), prints the document again from its template version with every handwriting so far in
/// its field and the company seal, signs it PAdES-style with the company certificate, stores it with its SHA-256,
/// and in one save records the evidence, completes the signer's task, applies the subject's effect when the last
/// signer signed and tells the advisor. Stored blobs are removed when anything after storing them fails.</summary>
public sealed class DocumentSigningService(CellCrmDbContext db, SigningHandlers handlers, SigningFiles files, IDocumentRenderer renderer,
    IPdfSigner signer, INotifier notifier, TimeProvider clock)
{
    public const string AlreadySignedMessage = "文件已签署，无需重复签署";

    public async Task<SignOutcome> SignAsync(SignSubmission s, CancellationToken ct)
    {
        var document = await LoadAsync(s.DocumentId, ct);
        if (document is null || !document.IsSignerOf(s.CustomerId))
        {
            return new SignOutcome(SignOutcomeKind.NotFound);
        }

        if (document.Signers.Where(x => x.CustomerId == s.CustomerId).All(x => x.HasSigned))
        {
            return new SignOutcome(SignOutcomeKind.AlreadySigned, AlreadySignedMessage);
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == s.CustomerId, ct);
        var handler = handlers.For(document.SubjectType);
        try
        {
            document.EnsureMaySign(s.CustomerId);
            if (!customer.IsRealNameVerified)
            {
                throw new DomainException("请先完成实名认证，再签署");
            }
        }
        catch (DomainException e)
        {
            return new SignOutcome(SignOutcomeKind.Refused, e.Message);
        }

        if (await handler.ClosedReasonAsync(document.SubjectId, ct) is { } closed)
        {
            return await VoidAsync(document, closed, ct);
        }

        if (string.IsNullOrWhiteSpace(s.ShownSha256))
        {
            return new SignOutcome(SignOutcomeKind.Refused, "页面已过期，请刷新后重新签署");
        }

        SignatureImage signature;
        try
        {
            signature = SignatureImage.FromPng(s.SignaturePng);
        }
        catch (DomainException e)
        {
            return new SignOutcome(SignOutcomeKind.InvalidSignature, e.Message);
        }

        var now = clock.GetUtcNow();
        var name = await VerifiedNameAsync(customer.Id, customer.Name, ct);
        var stamps = new List<SignatureStamp>();
        foreach (var earlier in document.Evidence.OrderBy(e => e.SignerOrder))
        {
            var field = document.Signers.Single(x => x.Order == earlier.SignerOrder).FieldName;
            stamps.Add(new SignatureStamp(field, await files.ReadAsync(earlier.SignatureImageFileId, ct), earlier.SignerName, earlier.SignedAt));
        }

        stamps.Add(new SignatureStamp(document.CurrentSigner!.FieldName, signature.Png, name, now));
        RenderedPdf rendered;
        try
        {
            rendered = renderer.Render(SigningTemplates.Find(document.TemplateCode, document.TemplateVersion).Build(document.TemplateDataJson), stamps);
        }
        catch (InvalidOperationException)
        {
            // The PDF library could not read an image the PNG check let through: ask for the signature again.
            return new SignOutcome(SignOutcomeKind.InvalidSignature, "签名图片无效，请清除后重新签名");
        }

        var signed = await signer.SignAsync(rendered.Bytes, $"{document.Title} 签署", ct);
        var stored = new List<SavedFile>();
        var keep = false;
        try
        {
            var (image, imageSaved) = await files.AddAsync(signature.Png, DetectedFileType.Png, $"签名-{name}.png", document.Id, customer.Id, name, now, ct);
            stored.Add(imageSaved);
            var (pdf, pdfSaved) = await files.AddAsync(signed.Bytes, DetectedFileType.Pdf, $"{document.Title}-已签署.pdf", document.Id, customer.Id, name, now, ct);
            stored.Add(pdfSaved);
            var complete = document.Sign(customer.Id, signature, new SignatureInput(name,
                customer.IdNumber is null ? null : Masking.IdNumber(customer.IdNumber), customer.WeChatOpenId, s.IpAddress, s.UserAgent, now,
                s.ShownSha256, pdfSaved.Sha256Hex, image.Id, pdf.Id));
            var tasks = await db.CustomerTasks.Where(t => t.CustomerId == customer.Id && t.SubjectType == SigningFiles.OwnerType
                && t.SubjectId == document.Id && t.State == CustomerTaskState.Pending).ToListAsync(ct);
            foreach (var task in tasks)
            {
                task.Complete(now);
            }

            var owner = await handler.OwnerAsync(document.SubjectId, ct);
            if (complete)
            {
                await handler.OnSignedAsync(document, now, ct);
            }

            notifier.Notify(owner.StaffId, complete ? "客户已签署" : "客户已签名",
                $"{name}已签署{document.Title}（{ChinaTime.Format(now)}）{(complete ? "" : "，等待其他签署人")}。", owner.BackOfficePath);
            await db.SaveChangesAsync(ct);
            keep = true;
            return new SignOutcome(SignOutcomeKind.Signed);
        }
        catch (DomainException e)
        {
            return new SignOutcome(SignOutcomeKind.Refused, e.Message);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, SigningConflicts.Markers))
        {
            // A double tap or a second tab saved first: its signature stands and this one leaves nothing behind.
            db.ChangeTracker.Clear();
            var again = await LoadAsync(s.DocumentId, ct);
            return again is not null && again.Signers.Where(x => x.CustomerId == s.CustomerId).All(x => x.HasSigned)
                ? new SignOutcome(SignOutcomeKind.AlreadySigned, AlreadySignedMessage)
                : new SignOutcome(SignOutcomeKind.Refused, "文件刚刚被更新，请刷新后重新签署");
        }
        finally
        {
            if (!keep)
            {
                db.ChangeTracker.Clear();
                await files.DeleteAsync(stored);
            }
        }
    }

    private async Task<SignOutcome> VoidAsync(SignableDocument document, string reason, CancellationToken ct)
    {
        var message = $"{reason}，该文件已作废，无需签署";
        try
        {
            document.Void(reason, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            db.ChangeTracker.Clear();
        }

        return new SignOutcome(SignOutcomeKind.Refused, message);
    }

    private Task<SignableDocument?> LoadAsync(Guid id, CancellationToken ct) =>
        db.SignableDocuments.Include(d => d.Signers).Include(d => d.Evidence).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>The name confirmed by real-name verification (the latest passed one), else the record's name, which
    /// verification matched.</summary>
    private async Task<string> VerifiedNameAsync(Guid customerId, string recordName, CancellationToken ct) =>
        await db.RealNameVerifications.AsNoTracking()
            .Where(v => v.CustomerId == customerId && (v.Status == RealNameStatus.Approved || v.Status == RealNameStatus.Completed))
            .OrderByDescending(v => v.SubmittedAt).Select(v => v.Name).FirstOrDefaultAsync(ct)
        ?? recordName;
}
