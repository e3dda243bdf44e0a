using System.Security.Claims;
using CellCrm.Infrastructure.Persistence;

namespace CellCrm.Portal.Identity;

/// <summary>The audit trail's "who" in the portal: the customer (or WeChat visitor) making the change.</summary>
public sealed class PortalAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public Guid? ActorId =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue(PortalClaims.CustomerId), out var id) ? id : null;

    public string ActorName => http.HttpContext?.User.FindFirstValue(PortalClaims.OpenId) is { } openId
        ? "微信用户 " + (openId.Length > 12 ? openId[..12] + "…" : openId)
        : "系统";
}
