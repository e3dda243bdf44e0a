using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Signing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>The contract's 电子签署 actions (the panel on the contract page posts here): 生成并推送签署, and its
/// documents' files for staff whose data scope covers the contract. Answers by redirecting to the contract.</summary>
public class SigningModel(SigningPushService push, SigningQueries documents, SigningFiles files, ContractAccess access, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public Guid RequestKey { get; set; }

    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });

    public async Task<IActionResult> OnPostPushAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        if (!staff.IsSales())
        {
            return Forbid();
        }

        try
        {
            var outcome = await push.GenerateAndPushAsync(new SigningSubject(nameof(Contract), id), new StaffRef(staff.Id, staff.Name),
                RequestKey == Guid.Empty ? Guid.NewGuid() : RequestKey, ct);
            TempData["StatusMessage"] = outcome.AlreadyPushed ? "签署文件已推送，等待客户签署" : "已生成签署文件并推送给客户";
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage("Details", null, new { id }, "signing-documents");
    }

    /// <summary>A file of one of the contract's documents (the signed copy, the unsigned one), in scope only.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid documentId, Guid fileId, bool download, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        var document = (await documents.ForSubjectAsync(new SigningSubject(nameof(Contract), id), ct)).FirstOrDefault(d => d.Id == documentId);
        if (document is null || (fileId != document.UnsignedFileId && fileId != document.SignedFileId)
            || await files.OpenAsync(documentId, fileId, ct) is not { } opened)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return download ? File(opened.Content, opened.File.ContentType, opened.File.OriginalName) : File(opened.Content, opened.File.ContentType);
    }
}
