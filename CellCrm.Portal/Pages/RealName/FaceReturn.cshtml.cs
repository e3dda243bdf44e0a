using CellCrm.Domain.Common;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.RealName;
using CellCrm.Portal.Identity;
using CellCrm.Portal.RealName;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.RealName;

/// <summary>Back from the face provider: the result is fetched from the provider by the request id kept in the
/// session (never read from the URL), then bound, or offered to manual review.</summary>
public class FaceReturnModel(RealNameFlow flow, IFaceVerifier faces, RealNameService realName, PortalSignIn signIn, ICurrentCustomer me) : PageModel
{
    public FaceOutcome? Outcome { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (flow.Applicant is not { } applicant || flow.FaceRequestId is not { } requestId)
        {
            return RedirectToPage("./Index");
        }

        if (await faces.GetResultAsync(requestId, ct) is not { } evidence)
        {
            Message = "人脸识别尚未完成，请重新发起识别";
            return Page();
        }

        try
        {
            Outcome = await realName.CompleteFaceAsync(me.OpenId, applicant, evidence, ct);
        }
        catch (DomainException e)
        {
            Message = e.Message;
            return Page();
        }

        switch (Outcome)
        {
            case FaceOutcome.Bound:
                flow.Clear();
                await signIn.SignInAsync(HttpContext, me.OpenId, me.Nickname, ct);
                var latest = await realName.LatestAsync(me.OpenId, ct);
                return RedirectToPage("./Status", new { id = latest!.Id });
            case FaceOutcome.Failed:
                flow.NeedsReview(evidence, "人脸识别未通过");
                Message = "人脸识别未通过。您可以重新识别，或选择人工审核（上传证件照片，24小时内完成）。";
                break;
            case FaceOutcome.NoUniqueMatch:
                flow.NeedsReview(evidence, "人脸识别通过，但未找到唯一匹配的客户档案");
                Message = "未能自动匹配到您的客户档案，请上传证件照片，由客服人工审核（24小时内完成）。";
                break;
        }

        return Page();
    }
}
