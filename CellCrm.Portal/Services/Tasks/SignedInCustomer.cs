using System.Security.Claims;
using CellCrm.Portal.Identity;

namespace CellCrm.Portal.Services.Tasks;

/// <summary>The customer bound to the portal sign-in (<see cref="PortalClaims.CustomerId"/>); null before sign-in or
/// real-name binding.</summary>
public static class SignedInCustomer
{
    public const string CustomerIdClaim = PortalClaims.CustomerId;

    public static Guid? IdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(CustomerIdClaim), out var id) ? id : null;
}
