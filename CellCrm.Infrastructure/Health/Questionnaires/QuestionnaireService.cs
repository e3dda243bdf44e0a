using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Documents;
using CellCrm.Domain.Files;
using CellCrm.Domain.Health;
using CellCrm.Domain.Notifications;
using CellCrm.Domain.RealName;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Health.Questionnaires;

/// <summary>健康调查 in the portal (seed 000 §3.2): shows the recipient the template of the list's medical expert
/// (or the default), and on submit checks the answers and the signature, prints and signs the PDF, stores it,
/// and in one save records the questionnaire, attaches it to the list, completes the 健康调查 task and tells the
/// advisor and the expert. The stored PDF is removed again when anything after storing it fails.</summary>
public sealed class QuestionnaireService(CellCrmDbContext db, IFileStore store, IDocumentRenderer renderer, IPdfSigner signer,
    INotifier notifier, TimeProvider clock)
{
    private const long MaxPdfBytes = 50L * 1024 * 1024;

    /// <param name="versionId">The version a form was posted with (shown again after an error), else the current one.</param>
    public async Task<QuestionnaireForm?> FormAsync(Guid demandListId, Guid customerId, Guid? versionId, CancellationToken ct)
    {
        var list = await db.DemandLists.AsNoTracking().FirstOrDefaultAsync(d => d.Id == demandListId && d.RecipientId == customerId, ct);
        if (list is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, ct);
        var submitted = list.QuestionnaireId is { } qid
            ? await db.SubmittedQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.Id == qid, ct)
            : null;
        var template = await TemplateForAsync(list, ct);
        var version = template.Versions.FirstOrDefault(v => v.Id == versionId) ?? template.CurrentVersion;
        string? closed = null;
        try
        {
            SubmittedQuestionnaire.EnsureMaySign(list, customer);
        }
        catch (DomainException e)
        {
            closed = e.Message;
        }

        return new QuestionnaireForm(list.Id, list.Number, template.Name, version.Id, version.Number, version.Definition,
            customer.IsRealNameVerified, customer.IsRealNameVerified ? await VerifiedNameAsync(customer, ct) : null,
            list.ReviewStatus == DemandReviewStatus.Rejected ? null : submitted, closed);
    }

    public async Task<SubmitOutcome> SubmitAsync(QuestionnaireSubmission s, CancellationToken ct)
    {
        var list = await db.DemandLists.FirstOrDefaultAsync(d => d.Id == s.DemandListId && d.RecipientId == s.CustomerId, ct);
        if (list is null)
        {
            return new SubmitOutcome(SubmitOutcomeKind.NotFound);
        }

        if (list.QuestionnaireId is { } existing && list.ReviewStatus != DemandReviewStatus.Rejected)
        {
            return new SubmitOutcome(SubmitOutcomeKind.AlreadySubmitted, existing, "健康调查已提交，无需重复提交");
        }

        var customer = await db.Customers.SingleAsync(c => c.Id == s.CustomerId, ct);
        try
        {
            SubmittedQuestionnaire.EnsureMaySign(list, customer);
        }
        catch (DomainException e)
        {
            return new SubmitOutcome(SubmitOutcomeKind.Refused, Message: e.Message);
        }

        var now = clock.GetUtcNow();
        var template = await TemplateForAsync(list, ct);
        var version = template.Versions.FirstOrDefault(v => v.Id == s.TemplateVersionId) ?? template.CurrentVersion;
        var definition = version.Definition;
        var errors = new Dictionary<string, string>(definition.Check(s.Answers, ChinaTime.Today(now)));
        SignatureImage? signature = null;
        try
        {
            signature = SignatureImage.FromPng(s.SignaturePng, SubmitOutcome.SignatureKey);
        }
        catch (DomainException e)
        {
            errors[SubmitOutcome.SignatureKey] = e.Message;
        }

        if (errors.Count > 0 || signature is null)
        {
            return new SubmitOutcome(SubmitOutcomeKind.Invalid, Message: $"还有 {errors.Count} 处需要填写或更正", Errors: errors);
        }

        var signerName = await VerifiedNameAsync(customer, ct);
        var answers = QuestionnaireAnswers.Normalize(definition, s.Answers);
        var document = QuestionnaireDocument.Build(template.Name, version.Number, list.Number, signerName, now, definition, answers);
        RenderedPdf rendered;
        try
        {
            rendered = renderer.Render(document, [new SignatureStamp(QuestionnaireDocument.SignatureField, signature.Png, signerName, now)]);
        }
        catch (InvalidOperationException)
        {
            // The PDF library could not read an image the PNG check let through: ask for the signature again.
            return new SubmitOutcome(SubmitOutcomeKind.Invalid, Message: "签名图片无效，请清除后重新签名",
                Errors: new Dictionary<string, string> { [SubmitOutcome.SignatureKey] = "签名图片无效，请清除后重新签名" });
        }

        var signed = await signer.SignAsync(rendered.Bytes, $"{template.Name} 客户签名", ct);
        SavedFile saved;
        using (var pdf = new MemoryStream(signed.Bytes, writable: false))
        {
            saved = await store.SaveAsync(pdf, MaxPdfBytes, ct);
        }

        var keep = false;
        try
        {
            var questionnaire = new SubmittedQuestionnaire(list, customer, signerName, template, version, s.Answers, signature,
                s.IpAddress, s.UserAgent, saved.Key, saved.Sha256Hex, now);
            db.SubmittedQuestionnaires.Add(questionnaire);
            db.StoredFiles.Add(new StoredFile(saved, DetectedFileType.Pdf, $"{template.Name}-{list.Number}.pdf",
                new FileOwner(nameof(SubmittedQuestionnaire), questionnaire.Id), customer.Id, signerName, now));
            list.AttachSignedQuestionnaire(questionnaire.Id, now);
            var tasks = await db.CustomerTasks.Where(t => t.CustomerId == customer.Id && t.Type == CustomerTaskType.HealthSurvey
                && t.SubjectType == nameof(DemandList) && t.SubjectId == list.Id && t.State == CustomerTaskState.Pending).ToListAsync(ct);
            foreach (var task in tasks)
            {
                task.Complete(now);
            }

            var link = $"/DemandLists/Details/{list.Id}";
            var body = $"{signerName}已签名提交需求清单{list.Number}的健康调查（{ChinaTime.Format(now)}）。";
            notifier.Notify(list.OwnerId, "健康调查已提交", body, link);
            if (list.MedicalExpertId != list.OwnerId)
            {
                notifier.Notify(list.MedicalExpertId, "健康调查已提交", body, link);
            }

            await db.SaveChangesAsync(ct);
            keep = true;
            return new SubmitOutcome(SubmitOutcomeKind.Submitted, questionnaire.Id);
        }
        catch (InvalidAnswersException e)
        {
            return new SubmitOutcome(SubmitOutcomeKind.Invalid, Message: e.Message, Errors: e.Errors);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            // Another tab or a double tap saved first: its questionnaire stands and this one leaves nothing behind.
            db.ChangeTracker.Clear();
            var winner = await db.DemandLists.AsNoTracking().Where(d => d.Id == s.DemandListId).Select(d => d.QuestionnaireId).SingleAsync(ct);
            return winner is { } id
                ? new SubmitOutcome(SubmitOutcomeKind.AlreadySubmitted, id, "健康调查已提交，无需重复提交")
                : new SubmitOutcome(SubmitOutcomeKind.Refused, Message: "需求清单刚刚被更新，请刷新后重新提交");
        }
        finally
        {
            if (!keep)
            {
                db.ChangeTracker.Clear();
                await store.DeleteAsync(saved.Key, CancellationToken.None);
            }
        }
    }

    /// <summary>The active template of the list's medical expert, else the default one.</summary>
    public async Task<QuestionnaireTemplate> TemplateForAsync(DemandList list, CancellationToken ct)
    {
        var templates = await db.QuestionnaireTemplates.AsNoTracking().Include(t => t.Versions)
            .Where(t => t.IsActive && (t.MedicalExpertId == list.MedicalExpertId || t.MedicalExpertId == null))
            .ToListAsync(ct);
        return templates.FirstOrDefault(t => t.MedicalExpertId == list.MedicalExpertId)
            ?? templates.FirstOrDefault(t => t.MedicalExpertId == null)
            ?? throw new DomainException("调查表尚未配置，请联系您的顾问");
    }

    /// <summary>The name confirmed by real-name verification (the latest passed one), else the record's name, which
    /// verification matched.</summary>
    private async Task<string> VerifiedNameAsync(Customer customer, CancellationToken ct) =>
        await db.RealNameVerifications.AsNoTracking()
            .Where(v => v.CustomerId == customer.Id && (v.Status == RealNameStatus.Approved || v.Status == RealNameStatus.Completed))
            .OrderByDescending(v => v.SubmittedAt).Select(v => v.Name).FirstOrDefaultAsync(ct)
        ?? customer.Name;
}
