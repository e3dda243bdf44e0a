using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Documents;
using CellCrm.Domain.Files;
using CellCrm.Domain.Signing;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Signing;

/// <summary>生成并推送签署 (seed 000 §4.7): fills the subject's template, prints the unsigned PDF (待生成 → 待签署),
/// stores it, and pushes a signing task with its 签约提醒 to every signer, in one save. Signers must be real-name
/// verified ("客户未实名，无法推送"), checked before anything is printed. The same content pushed again answers with
/// the waiting document; changed content voids it and makes a new one. The caller checked the staff member's scope.</summary>
public sealed class SigningPushService(CellCrmDbContext db, SigningHandlers handlers, SigningFiles files, IDocumentRenderer renderer,
    IOutboxSignal signal, TimeProvider clock)
{
    private static readonly string[] KeyIndexes =
        ["CustomerTasks_PushKey", "CustomerTasks.PushKey", "OutboxMessages_IdempotencyKey", "OutboxMessages.IdempotencyKey"];

    /// <param name="requestKey">The form's key: the same submission twice pushes once.</param>
    public async Task<PushOutcome> GenerateAndPushAsync(SigningSubject subject, StaffRef actor, Guid requestKey, CancellationToken ct)
    {
        if (await ByRequestAsync(requestKey, ct) is { } earlier)
        {
            return new PushOutcome(earlier, true);
        }

        var handler = handlers.For(subject.Type);
        var request = await handler.PrepareAsync(subject.Id, ct);
        var now = clock.GetUtcNow();
        var open = await db.SignableDocuments.Where(d => d.SubjectType == subject.Type && d.SubjectId == subject.Id
            && (d.Status == SignableDocumentStatus.Pending || d.Status == SignableDocumentStatus.AwaitingSignature)).ToListAsync(ct);
        if (open.FirstOrDefault(d => d.Status == SignableDocumentStatus.AwaitingSignature && d.TemplateCode == request.Template.Code
            && d.TemplateVersion == request.Template.Version && d.TemplateDataJson == request.DataJson) is { } same)
        {
            return new PushOutcome(same.Id, true);
        }

        var document = new SignableDocument(request.Kind, subject, $"{request.Template.Title}（{request.Reference}）", request.Template.Code,
            request.Template.Version, request.DataJson, request.Signers, actor.Id, now);
        var signerIds = request.Signers.Select(s => s.CustomerId).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => signerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var taskType = request.Kind is SignableDocumentKind.CellExtractionApplication or SignableDocumentKind.CellHandoverForm
            ? CustomerTaskType.HandoverSigning : CustomerTaskType.ContractSigning;
        // Pushing checks each signer (active, 实名) before the PDF is printed.
        var pushes = document.Signers.OrderBy(s => s.Order).Select(s => CustomerTask.Push(customers[s.CustomerId],
            new NewTask(taskType, $"请签署{document.Title}", null, new TaskSubject(SigningFiles.OwnerType, document.Id)),
            actor.Id, actor.Name, $"sign:{requestKey:N}:{s.Order}", now)).ToList();

        foreach (var stale in open)
        {
            stale.Void("文件内容已更新，已重新生成", now);
        }

        var model = request.Template.Build(request.DataJson) with { SealFieldName = null };
        var rendered = renderer.Render(model, []);
        var (file, saved) = await files.AddAsync(rendered.Bytes, DetectedFileType.Pdf, $"{document.Title}.pdf", document.Id, null, actor.Name, now, ct);
        var keep = false;
        try
        {
            document.MarkGenerated(file.Id, saved.Sha256Hex, now);
            db.SignableDocuments.Add(document);
            foreach (var pushed in pushes)
            {
                db.CustomerTasks.Add(pushed.Task);
                db.OutboxMessages.Add(pushed.Message);
            }

            await db.SaveChangesAsync(ct);
            keep = true;
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, KeyIndexes))
        {
            // The same form arrived twice at once: the other request's document stands.
            db.ChangeTracker.Clear();
            return new PushOutcome(await ByRequestAsync(requestKey, ct) ?? throw new DomainException("该业务刚刚被更新，请刷新后重试"), true);
        }
        finally
        {
            if (!keep)
            {
                db.ChangeTracker.Clear();
                await files.DeleteAsync([saved]);
            }
        }

        foreach (var pushed in pushes)
        {
            signal.Queued(pushed.Message.Id);
        }

        return new PushOutcome(document.Id, false);
    }

    private async Task<Guid?> ByRequestAsync(Guid requestKey, CancellationToken ct)
    {
        var key = $"sign:{requestKey:N}:1";
        return await db.CustomerTasks.AsNoTracking().Where(t => t.PushKey == key).Select(t => t.SubjectId).FirstOrDefaultAsync(ct);
    }
}
