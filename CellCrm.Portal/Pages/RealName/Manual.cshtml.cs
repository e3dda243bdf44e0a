using CellCrm.Domain.Common;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.RealName;
using CellCrm.Portal.Identity;
using CellCrm.Portal.RealName;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.RealName;

/// <summary>人工审核: front and back photos of the ID document (images only, each ≤ 10 MB).</summary>
[RequestSizeLimit(25 * 1024 * 1024)]
public class ManualModel(RealNameFlow flow, RealNameService realName, ICurrentCustomer me, ILogger<ManualModel> log) : PageModel
{
    public RealNameApplicant Applicant { get; private set; } = null!;

    [BindProperty]
    public IFormFile? FrontPhoto { get; set; }

    [BindProperty]
    public IFormFile? BackPhoto { get; set; }

    public IActionResult OnGet()
    {
        if (flow.Applicant is not { } applicant)
        {
            return RedirectToPage("./Index");
        }

        Applicant = applicant;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (flow.Applicant is not { } applicant)
        {
            return RedirectToPage("./Index");
        }

        Applicant = applicant;
        try
        {
            var verification = await realName.SubmitForReviewAsync(me.OpenId, applicant, Upload(FrontPhoto), Upload(BackPhoto),
                flow.Face, flow.ReviewReason ?? "客户选择人工审核", ct);
            flow.Clear();
            return RedirectToPage("./Status", new { id = verification.Id });
        }
        catch (DomainException e)
        {
            log.LogInformation("Manual real-name submission refused: {Reason}", e.Message);
            ModelState.AddModelError(e.Field ?? "", e.Message);
            return Page();
        }
    }

    private static PhotoUpload? Upload(IFormFile? file) => file is null ? null : new PhotoUpload(file.OpenReadStream, file.Length);
}
