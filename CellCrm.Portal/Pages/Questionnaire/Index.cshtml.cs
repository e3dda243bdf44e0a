using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Health.Questionnaires;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Questionnaire;

/// <summary>健康调查: the recipient of a demand list answers the expert's questionnaire and signs it by hand
/// ("先签名，后提交"). Another customer's list answers 404, like an unknown one; a repeated submission shows the
/// first one.</summary>
public class IndexModel(QuestionnaireService service, ICurrentCustomer current, ILogger<IndexModel> logger) : PageModel
{
    private const string DataUrlPrefix = "data:image/png;base64,";

    public QuestionnaireForm? Form { get; private set; }

    public bool SignedIn { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public Dictionary<string, AnswerInput> Answers { get; set; } = [];

    [BindProperty]
    public Guid? TemplateVersionId { get; set; }

    /// <summary>The canvas as a PNG data URL (kept across an error so the signature need not be drawn again).</summary>
    [BindProperty]
    public string? Signature { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Page();
        }

        return await ShowAsync(id, customerId, null, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Page();
        }

        var answers = Answers.ToDictionary(a => a.Key, a => a.Value.ToAnswer(), StringComparer.Ordinal);
        var outcome = await service.SubmitAsync(new QuestionnaireSubmission(id, customerId, TemplateVersionId, answers, Png(Signature),
            HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()), ct);
        switch (outcome.Kind)
        {
            case SubmitOutcomeKind.Submitted:
                TempData["StatusMessage"] = "健康调查已签名提交，感谢您的配合";
                return RedirectToPage(new { id });
            case SubmitOutcomeKind.AlreadySubmitted:
                TempData["StatusMessage"] = outcome.Message;
                return RedirectToPage(new { id });
            case SubmitOutcomeKind.NotFound:
                logger.LogWarning("Portal customer {CustomerId} posted the questionnaire of demand list {DemandListId}, which is not theirs or does not exist", customerId, id);
                return NotFound();
            case SubmitOutcomeKind.Refused:
                ModelState.AddModelError("", outcome.Message ?? "暂时无法提交");
                break;
            case SubmitOutcomeKind.Invalid:
                Errors = outcome.Errors ?? new Dictionary<string, string>();
                ModelState.AddModelError("", outcome.Message ?? "请检查填写内容");
                break;
        }

        return await ShowAsync(id, customerId, TemplateVersionId, ct);
    }

    public string? ErrorFor(string key) => Errors.GetValueOrDefault(key);

    public AnswerInput AnswerFor(string key) => Answers.GetValueOrDefault(key) ?? new AnswerInput();

    private async Task<IActionResult> ShowAsync(Guid id, Guid customerId, Guid? versionId, CancellationToken ct)
    {
        SignedIn = true;
        try
        {
            Form = await service.FormAsync(id, customerId, versionId, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        if (Form is null)
        {
            logger.LogWarning("Portal customer {CustomerId} opened the questionnaire of demand list {DemandListId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        TemplateVersionId = Form.TemplateVersionId;
        return Page();
    }

    private static byte[]? Png(string? dataUrl)
    {
        if (string.IsNullOrWhiteSpace(dataUrl) || !dataUrl.StartsWith(DataUrlPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(dataUrl[DataUrlPrefix.Length..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
