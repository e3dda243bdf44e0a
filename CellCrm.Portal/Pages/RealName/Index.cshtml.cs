using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Messaging.Sandbox;
using CellCrm.Infrastructure.RealName;
using CellCrm.Portal.Identity;
using CellCrm.Portal.RealName;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.RealName;

/// <summary>实名认证 step 1 (SPEC §2.2): name, ID type and number, mobile with an SMS code.</summary>
public class IndexModel(RealNameService realName, SmsCodeService codes, ISmsSender sms, RealNameFlow flow, ICurrentCustomer me, PortalSignIn signIn) : PageModel
{
    [BindProperty]
    public ApplicantInput Input { get; set; } = new();

    public bool Verified { get; private set; }

    public RealNameVerification? Pending { get; private set; }

    public string? CodeSent { get; private set; }

    /// <summary>The sandbox SMS, shown to the tester because nothing is really sent.</summary>
    public string? SandboxSms { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadStateAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadStateAsync(ct))
        {
            return Page();
        }

        var result = await codes.SendAsync(Input.Mobile ?? "", ct);
        if (!result.Sent)
        {
            ModelState.AddModelError("Input.Mobile", result.Error!);
            return Page();
        }

        CodeSent = $"验证码已发送至 {Masking.Mobile(MobileNumber.Normalize(Input.Mobile))}，5分钟内有效";
        // Shown only in the sandbox installation: where WeChat is real, a code on the page would defeat the SMS check.
        if (sms is SandboxSmsSender sandbox && !signIn.WeChatConfigured)
        {
            SandboxSms = await sandbox.LastMessageAsync(MobileNumber.Normalize(Input.Mobile), ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadStateAsync(ct))
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Input.SmsCode))
        {
            ModelState.AddModelError("Input.SmsCode", "请填写短信验证码");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        RealNameApplicant applicant;
        try
        {
            applicant = RealNameApplicant.Create(Input.Name, Input.IdType, Input.IdNumber, Input.Mobile);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field is null ? "" : "Input." + e.Field, e.Message);
            return Page();
        }

        if (await codes.VerifyAsync(applicant.Mobile, Input.SmsCode, ct) is { } codeError)
        {
            ModelState.AddModelError("Input.SmsCode", codeError);
            return Page();
        }

        flow.Start(applicant);
        return RedirectToPage("./Method");
    }

    /// <summary>True when the visitor is verified or waiting for review, so there is nothing to fill in.</summary>
    private async Task<bool> LoadStateAsync(CancellationToken ct)
    {
        Verified = me.CustomerId is not null;
        var latest = await realName.LatestAsync(me.OpenId, ct);
        Pending = latest?.Status == RealNameStatus.Pending ? latest : null;
        return Verified || Pending is not null;
    }
}
