using System.Security.Claims;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CellCrm.BackOffice.Services;

/// <summary>Adds the staff member's display name to the sign-in cookie, for the header and the audit trail.</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffAccount> users, RoleManager<StaffRole> roles, IOptions<IdentityOptions> options, CellCrmDbContext db)
    : UserClaimsPrincipalFactory<StaffAccount, StaffRole>(users, roles, options)
{
    public const string DisplayNameClaim = "cellcrm:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var member = await db.Staff.FindAsync(user.Id);
        identity.AddClaim(new Claim(DisplayNameClaim, member?.Name ?? user.UserName ?? ""));
        return identity;
    }
}
