using System.Security.Claims;
using CellCrm.BackOffice.Services;
using CellCrm.Infrastructure.AccessScopes;
using CellCrm.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CellCrm.BackOffice.Authorization;

/// <summary>Checks every signed-in request against the staff member's current <see cref="StaffAccess"/> (cached per
/// generation, invalidated by every change it is made of), in place of Identity's security-stamp check that read the
/// database once a minute per cookie: a deactivated member or a changed security stamp (password reset) ends the
/// session on the very next request, and a cookie whose roles or name no longer match is reissued at once.</summary>
public static class StaffSessionCheck
{
    public static IServiceCollection AddStaffSessionCheck(this IServiceCollection services)
    {
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
            o => o.Events.OnValidatePrincipal = CheckAsync);
        return services;
    }

    private static async Task CheckAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var staffId))
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var access = await services.GetRequiredService<StaffAccessCache>().GetAsync(staffId, context.HttpContext.RequestAborted);
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (!access.IsActive || access.SecurityStamp is null || principal.FindFirstValue(stampClaim) != access.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal);
        if (roles.SequenceEqual(access.Roles) && principal.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) == access.Name)
        {
            return;
        }

        var signIn = services.GetRequiredService<SignInManager<StaffAccount>>();
        if (await signIn.UserManager.FindByIdAsync(staffId.ToString()) is not { } account)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(account));
        context.ShouldRenew = true;
    }
}
