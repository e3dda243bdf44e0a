using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Redis;

public static class DistributedLockSetup
{
    /// <summary>Registers <see cref="IDistributedLock"/>: on Redis when <see cref="RedisSetup"/> connected one,
    /// in process otherwise. Safe to call from several features.</summary>
    public static IServiceCollection AddCellCrmDistributedLock(this IServiceCollection services, IConfiguration configuration)
    {
        var prefix = (configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions()).InstanceName;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDistributedLock>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisDistributedLock(redis, prefix, sp.GetRequiredService<TimeProvider>())
            : new InProcessDistributedLock(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
