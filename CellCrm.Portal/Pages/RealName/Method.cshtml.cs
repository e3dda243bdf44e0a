using CellCrm.Domain.Customers;
using CellCrm.Domain.RealName;
using CellCrm.Portal.RealName;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.RealName;

/// <summary>实名认证 step 2: 人脸识别 (provider page) or 人工审核 (ID photos, reviewed within 24 h).</summary>
public class MethodModel(RealNameFlow flow, IFaceVerifier faces) : PageModel
{
    public RealNameApplicant Applicant { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (flow.Applicant is not { } applicant)
        {
            return RedirectToPage("./Index");
        }

        Applicant = applicant;
        return Page();
    }

    public async Task<IActionResult> OnPostFaceAsync(CancellationToken ct)
    {
        if (flow.Applicant is not { } a)
        {
            return RedirectToPage("./Index");
        }

        var returnUrl = Url.Page("./FaceReturn", pageHandler: null, values: null, protocol: Request.Scheme)!;
        var start = await faces.BeginAsync(new FaceSubject(a.Name, a.IdType, a.IdNumber), returnUrl, ct);
        flow.BeganFaceCheck(start.RequestId);
        return Redirect(start.RedirectUrl);
    }

    public static string Describe(RealNameApplicant a) => $"{a.Name} · {IdDocument.DisplayName(a.IdType)} {CellCrm.Domain.Common.Masking.IdNumber(a.IdNumber)}";
}
