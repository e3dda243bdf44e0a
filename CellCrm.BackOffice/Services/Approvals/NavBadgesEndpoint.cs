namespace CellCrm.BackOffice.Services.Approvals;

/// <summary>GET /nav/badges: the signed-in staff member's counts for the navigation (approvals waiting for them,
/// unread notifications), read fresh on every call and fetched by the page after it is shown.</summary>
public static class NavBadgesEndpoint
{
    public const string Route = "/nav/badges";

    public static WebApplication MapNavBadges(this WebApplication app)
    {
        app.MapGet(Route, async (HttpContext http, ApprovalInbox inbox, ICurrentStaff staff, CancellationToken ct) =>
        {
            var counts = await inbox.CountsAsync(staff.Id, ct);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { todo = counts.Todo, unread = counts.UnreadNotifications });
        }).RequireAuthorization();
        return app;
    }
}
