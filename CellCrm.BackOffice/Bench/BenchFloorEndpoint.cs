using CellCrm.BackOffice.Services;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Bench;

/// <summary>The benchmark's floor (bench/customer-search.sh): what any customer page costs at least — the staff
/// cookie, the data scope, one primary-key read and a tiny answer — so the list and the search can be measured
/// against it. Mapped only with <c>Bench:Enabled=true</c>; never part of a normal installation.</summary>
public static class BenchFloorEndpoint
{
    public const string EnabledKey = "Bench:Enabled";
    public const string Route = "/bench/floor/{id:guid}";

    public static WebApplication MapBenchFloor(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(EnabledKey))
        {
            return app;
        }

        app.MapGet(Route, async (Guid id, ICurrentStaff staff, CellCrmDbContext db, CancellationToken ct) =>
        {
            // The same scope filter as the customer list: a customer outside it is as absent as a missing one.
            var scope = await staff.GetScopeAsync(ct);
            var found = await db.Customers.AsNoTracking().VisibleTo(scope).Where(c => c.Id == id)
                .Select(c => new { c.Id, c.Version }).FirstOrDefaultAsync(ct);
            return found is null ? Results.NotFound() : Results.Ok(found);
        }).RequireAuthorization();
        return app;
    }
}
