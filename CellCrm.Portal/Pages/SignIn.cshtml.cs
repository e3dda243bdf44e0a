using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages;

/// <summary>Sign-in: WeChat web authorisation when configured, otherwise the clearly marked sandbox sign-in.</summary>
[AllowAnonymous]
public class SignInModel(PortalSignIn signIn, ILogger<SignInModel> log) : PageModel
{
    public const string ReturnUrlKey = "signin.returnUrl";

    public IReadOnlyList<SandboxWeChatUser> SandboxUsers => SandboxWeChatUsers.All;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (!signIn.WeChatConfigured)
        {
            return Page();
        }

        HttpContext.Session.SetString(ReturnUrlKey, SafeReturnUrl(ReturnUrl));
        var callback = Url.Page("/WeChatCallback", pageHandler: null, values: null, protocol: Request.Scheme)!;
        return Redirect(signIn.OAuth.BeginAuthorization(HttpContext.Session, callback, userInfo: false));
    }

    public async Task<IActionResult> OnPostSandboxAsync(string? openId, CancellationToken ct)
    {
        // The sandbox must never be a way in where real WeChat sign-in is configured.
        if (signIn.WeChatConfigured)
        {
            return NotFound();
        }

        var user = SandboxUsers.FirstOrDefault(u => u.OpenId == openId);
        var chosen = openId == "new" ? SandboxWeChatUsers.NewVisitorOpenId() : user?.OpenId;
        if (chosen is null)
        {
            log.LogWarning("Sandbox sign-in refused for an unknown openid");
            ModelState.AddModelError("", "请选择一个沙箱微信用户");
            return Page();
        }

        await signIn.SignInAsync(HttpContext, chosen, user is null ? "新访客" : user.Name + "（沙箱）", ct);
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }

    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
