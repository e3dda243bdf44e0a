using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Health;

/// <summary>Pings Redis; reports "not configured" (healthy) for the embedded default's in-memory cache.</summary>
public sealed class RedisHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var redis = services.GetService<IConnectionMultiplexer>();
        if (redis is null)
        {
            return HealthCheckResult.Healthy("not configured (in-memory cache)");
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:F1} ms");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy(e.GetType().Name);
        }
    }
}
