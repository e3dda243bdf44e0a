using System.Security.Claims;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.WeChat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CellCrm.Portal.Identity;

/// <summary>Issues the portal cookie for a WeChat openid, with the bound customer when there is one.</summary>
public sealed class PortalSignIn(CellCrmDbContext db, IOptions<WeChatOptions> options, IServiceProvider services)
{
    /// <summary>Real WeChat sign-in is on when the Official Account is configured; otherwise the sandbox sign-in
    /// stands in (never both).</summary>
    public bool WeChatConfigured => options.Value.IsConfigured;

    public IWeChatOAuth OAuth => services.GetRequiredService<IWeChatOAuth>();

    public async Task SignInAsync(HttpContext http, string openId, string? nickname, CancellationToken ct)
    {
        var principal = await PrincipalAsync(db, openId, nickname, ct);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
    }

    public static async Task<ClaimsPrincipal> PrincipalAsync(CellCrmDbContext db, string openId, string? nickname, CancellationToken ct)
    {
        var claims = new List<Claim> { new(PortalClaims.OpenId, openId) };
        if (!string.IsNullOrWhiteSpace(nickname))
        {
            claims.Add(new Claim(ClaimTypes.Name, nickname));
        }

        var customerId = await db.Customers.AsNoTracking().Where(c => c.WeChatOpenId == openId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (customerId is { } id)
        {
            claims.Add(new Claim(PortalClaims.CustomerId, id.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
