using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CellCrm.Infrastructure.Health;

public sealed class DatabaseHealthCheck(CellCrmDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var provider = db.Database.ProviderName?.Split('.').Last() ?? "?";
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(provider)
                : HealthCheckResult.Unhealthy($"{provider}: cannot connect");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy(e.GetType().Name);
        }
    }
}
