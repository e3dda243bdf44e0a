using System.Security.Claims;

namespace CellCrm.Portal.Services.Tasks;

/// <summary>The customer bound to the portal sign-in, from the "customer_id" claim (PortalClaims.CustomerId of the
/// sign-in); null before sign-in or real-name binding.</summary>
public static class SignedInCustomer
{
    public const string CustomerIdClaim = "customer_id";

    public static Guid? IdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(CustomerIdClaim), out var id) ? id : null;
}
