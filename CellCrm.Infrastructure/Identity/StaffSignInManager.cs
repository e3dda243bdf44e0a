using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Identity;

/// <summary>Identity's sign-in manager, plus: a deactivated staff member cannot sign in, and a session of
/// theirs is rejected at the next security-stamp validation.</summary>
public sealed class StaffSignInManager(
    UserManager<StaffAccount> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffAccount> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffAccount>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffAccount> confirmation,
    CellCrmDbContext db)
    : SignInManager<StaffAccount>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffAccount user) =>
        await base.CanSignInAsync(user) && await IsActiveAsync(user);

    public override async Task<StaffAccount?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await IsActiveAsync(user) ? user : null;
    }

    private Task<bool> IsActiveAsync(StaffAccount user) =>
        db.Staff.AsNoTracking().AnyAsync(s => s.Id == user.Id && s.IsActive);
}
