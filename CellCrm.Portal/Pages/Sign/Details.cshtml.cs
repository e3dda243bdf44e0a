using CellCrm.Infrastructure.Signing;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Sign;

/// <summary>签署: the signer reads the PDF (pdf.js draws its pages on the phone), signs by hand and confirms; then
/// "签署完成" with the signed copy to download. Anyone who is not a signer of the document gets 404, as for an
/// unknown one; a repeated submission shows the first signature.</summary>
public class DetailsModel(SigningQueries queries, DocumentSigningService signing, SigningFiles files, ICurrentCustomer current,
    ILogger<DetailsModel> logger) : PageModel
{
    private const string DataUrlPrefix = "data:image/png;base64,";

    public SigningDocumentView? Document { get; private set; }

    public bool SignedIn { get; private set; }

    public string? SignatureError { get; private set; }

    /// <summary>The SHA-256 of the file the page showed: the signature is made on exactly that file.</summary>
    [BindProperty]
    public string? ShownSha256 { get; set; }

    [BindProperty]
    public string? Signature { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Page();
        }

        return await ShowAsync(id, customerId, ct);
    }

    /// <summary>The document's PDF as the signer is to see it now (the signed copy once signed).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, bool download, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return NotFound();
        }

        var document = await queries.ForSignerAsync(id, customerId, ct);
        if (document?.FileId is not { } fileId || await files.OpenAsync(id, fileId, ct) is not { } opened)
        {
            logger.LogWarning("Portal customer {CustomerId} asked for the PDF of document {DocumentId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return download
            ? File(opened.Content, "application/pdf", opened.File.OriginalName)
            : File(opened.Content, "application/pdf");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Page();
        }

        var outcome = await signing.SignAsync(new SignSubmission(id, customerId, ShownSha256, Png(Signature),
            HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()), ct);
        switch (outcome.Kind)
        {
            case SignOutcomeKind.Signed:
                TempData["StatusMessage"] = "签署完成";
                return RedirectToPage(new { id });
            case SignOutcomeKind.AlreadySigned:
                TempData["StatusMessage"] = outcome.Message;
                return RedirectToPage(new { id });
            case SignOutcomeKind.NotFound:
                logger.LogWarning("Portal customer {CustomerId} posted a signature for document {DocumentId}, which is not theirs or does not exist", customerId, id);
                return NotFound();
            case SignOutcomeKind.InvalidSignature:
                SignatureError = outcome.Message;
                break;
            case SignOutcomeKind.Refused:
                ModelState.AddModelError("", outcome.Message ?? "暂时无法签署");
                break;
        }

        return await ShowAsync(id, customerId, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Guid customerId, CancellationToken ct)
    {
        SignedIn = true;
        Document = await queries.ForSignerAsync(id, customerId, ct);
        if (Document is null)
        {
            logger.LogWarning("Portal customer {CustomerId} opened document {DocumentId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        ShownSha256 = Document.FileSha256;
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
