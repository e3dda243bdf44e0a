using System.Security.Claims;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Web;
using CellCrm.Portal.RealName;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace CellCrm.Portal.Identity;

public static class PortalIdentitySetup
{
    /// <summary>Cookie sign-in for WeChat users. Every endpoint needs it except sign-in, static files (served
    /// before authorisation), health and WeChat's own server callbacks under /wechat.</summary>
    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var secure = CookieSecurity.PolicyFor(builder.Environment);
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "cellcrm.portal";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/SignIn";
            o.ExpireTimeSpan = TimeSpan.FromDays(7);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // Binding happens later (face check here, or a review in the back office): pick it up on the next request.
            o.Events.OnValidatePrincipal = async context =>
            {
                var user = context.Principal;
                if (user?.FindFirstValue(PortalClaims.OpenId) is not { } openId || user.HasClaim(c => c.Type == PortalClaims.CustomerId))
                {
                    return;
                }

                var db = context.HttpContext.RequestServices.GetRequiredService<CellCrmDbContext>();
                var renewed = await PortalSignIn.PrincipalAsync(db, openId, user.FindFirstValue(ClaimTypes.Name), context.HttpContext.RequestAborted);
                if (renewed.HasClaim(c => c.Type == PortalClaims.CustomerId))
                {
                    context.ReplacePrincipal(renewed);
                    context.ShouldRenew = true;
                }
            };
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder()
            .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true
                || (c.Resource is HttpContext http && http.Request.Path.StartsWithSegments("/wechat")))
            .Build());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentCustomer, CurrentCustomer>();
        services.AddScoped<IAuditActor, PortalAuditActor>();
        services.AddScoped<PortalSignIn>();
        services.AddPortalRealName();
        return builder;
    }
}
