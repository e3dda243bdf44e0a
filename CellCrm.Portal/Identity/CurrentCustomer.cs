using System.Security.Claims;

namespace CellCrm.Portal.Identity;

public sealed class CurrentCustomer(IHttpContextAccessor http) : ICurrentCustomer
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? throw new InvalidOperationException("No current request.");

    public string OpenId => User.FindFirstValue(PortalClaims.OpenId) ?? throw new InvalidOperationException("Not signed in.");

    public string? Nickname => User.FindFirstValue(ClaimTypes.Name);

    public Guid? CustomerId => Guid.TryParse(User.FindFirstValue(PortalClaims.CustomerId), out var id) ? id : null;
}
