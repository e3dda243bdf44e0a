using System.Text.Encodings.Web;
using System.Text.Json;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Signing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Signing;

/// <summary>A subject's 电子签署 actions (the SigningDocuments panel posts here): 生成并推送签署 by sales staff, and its
/// documents' files, for staff whose data scope covers the subject. Each subject's page says what it signs, how its
/// scope is checked and where to go back to; answers redirect to the subject's page.</summary>
public abstract class SigningActionsModel(SigningPushService push, SigningQueries documents, SigningFiles files, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public Guid RequestKey { get; set; }

    protected abstract string SubjectType { get; }

    /// <summary>Not found or forbidden when the staff member may not see the subject; null otherwise.</summary>
    protected abstract Task<IActionResult?> RefusalAsync(Guid id, CancellationToken ct);

    protected abstract IActionResult BackTo(Guid id, string? fragment = null);

    public IActionResult OnGet(Guid id) => BackTo(id);

    public async Task<IActionResult> OnPostPushAsync(Guid id, CancellationToken ct)
    {
        if (await RefusalAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!staff.IsSales())
        {
            return Forbid();
        }

        try
        {
            var outcome = await push.GenerateAndPushAsync(new SigningSubject(SubjectType, id), new StaffRef(staff.Id, staff.Name),
                RequestKey == Guid.Empty ? Guid.NewGuid() : RequestKey, ct);
            TempData["StatusMessage"] = outcome.AlreadyPushed ? "签署文件已推送，等待客户签署" : "已生成签署文件并推送给客户";
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return BackTo(id, "signing-documents");
    }

    /// <summary>A file of one of the subject's documents (the signed copy, the unsigned one), in scope only.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid documentId, Guid fileId, bool download, CancellationToken ct)
    {
        if (await RefusalAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var document = (await documents.ForSubjectAsync(new SigningSubject(SubjectType, id), ct)).FirstOrDefault(d => d.Id == documentId);
        if (document is null || (fileId != document.UnsignedFileId && fileId != document.SignedFileId)
            || await files.OpenAsync(documentId, fileId, ct) is not { } opened)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return download ? File(opened.Content, opened.File.ContentType, opened.File.OriginalName) : File(opened.Content, opened.File.ContentType);
    }

    /// <summary>签署证据 of one of the subject's documents as a JSON sheet to keep with the signed PDF: the document's
    /// template and hashes, and each signature's verified signer, openid, time, IP, device and hashes before and after.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        if (await RefusalAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var document = (await documents.ForSubjectAsync(new SigningSubject(SubjectType, id), ct)).FirstOrDefault(d => d.Id == documentId);
        if (document is null || document.Evidence.Count == 0)
        {
            return NotFound();
        }

        var sheet = new
        {
            文件 = document.Title,
            文件编号 = document.Id,
            模板 = document.TemplateCode,
            模板版本 = document.TemplateVersion,
            状态 = SigningLabels.Of(document.Status),
            生成时间 = document.GeneratedAt,
            待签署文件SHA256 = document.UnsignedSha256,
            已签署文件SHA256 = document.SignedSha256,
            签署完成时间 = document.SignedAt,
            签署记录 = document.Evidence.OrderBy(e => e.SignerOrder).Select(e => new
            {
                顺序 = e.SignerOrder,
                角色 = e.Role,
                签署人 = e.SignerName,
                证件号 = e.MaskedIdNumber,
                openid = e.OpenId,
                签署时间 = e.SignedAt,
                IP = e.IpAddress,
                设备 = e.UserAgent,
                签署前SHA256 = e.HashBefore,
                签署后SHA256 = e.HashAfter,
                模板 = e.TemplateCode,
                模板版本 = e.TemplateVersion,
            }),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(sheet, EvidenceJson);
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(json, "application/json; charset=utf-8", $"{document.Title}-签署证据.json");
    }

    private static readonly JsonSerializerOptions EvidenceJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
