using System.Security.Claims;
using CellCrm.Infrastructure.Persistence;

namespace CellCrm.BackOffice.Services;

/// <summary>The audit trail's "who" in the back office: the signed-in staff member, or the system for requests
/// without one (sign-in itself).</summary>
public sealed class StaffAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public Guid? ActorId =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string ActorName =>
        http.HttpContext?.User.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? "系统";
}
