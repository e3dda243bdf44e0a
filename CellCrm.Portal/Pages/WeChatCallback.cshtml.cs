using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages;

/// <summary>Where WeChat returns after web authorisation: the state must match the visitor's session and a code
/// is exchanged once; any failure shows a Chinese page and is logged.</summary>
[AllowAnonymous]
public class WeChatCallbackModel(PortalSignIn signIn, ILogger<WeChatCallbackModel> log) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? code, string? state, CancellationToken ct)
    {
        if (!signIn.WeChatConfigured)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(state))
        {
            log.LogWarning("WeChat sign-in callback without code or state from {Ip}", HttpContext.Connection.RemoteIpAddress);
            return Page();
        }

        var result = await signIn.OAuth.CompleteAsync(HttpContext.Session, code, state, ct);
        if (!result.Succeeded || string.IsNullOrEmpty(result.OpenId))
        {
            log.LogWarning("WeChat sign-in failed from {Ip}: {Error}", HttpContext.Connection.RemoteIpAddress, result.Error);
            return Page();
        }

        await signIn.SignInAsync(HttpContext, result.OpenId, result.Nickname, ct);
        var returnUrl = SignInModel.SafeReturnUrl(HttpContext.Session.GetString(SignInModel.ReturnUrlKey));
        HttpContext.Session.Remove(SignInModel.ReturnUrlKey);
        return LocalRedirect(returnUrl);
    }
}
