using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Redis;

/// <summary>One ConnectionMultiplexer per process, shared by the distributed cache (sessions, caches) and the
/// data-protection key ring, so every node of both apps reads the same cookies and sessions. Without a Redis
/// connection string (the embedded default) the cache is in memory and keys live on local disk.</summary>
public static class RedisSetup
{
    public const string ApplicationName = "CellCrm";

    public static void AddCellCrmRedis(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        var connectionString = configuration.GetConnectionString("Redis");
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddDistributedMemoryCache();
            var keys = configuration["DataProtection:KeysPath"] ?? Path.Combine(contentRoot, "..", ".run", "keys");
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
            return;
        }

        var redis = ConfigurationOptions.Parse(connectionString);
        redis.AbortOnConnectFail = false;
        var multiplexer = ConnectionMultiplexer.Connect(redis);
        services.AddSingleton<IConnectionMultiplexer>(multiplexer);
        services.AddStackExchangeRedisCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(multiplexer);
            o.InstanceName = options.InstanceName;
        });
        dataProtection.PersistKeysToStackExchangeRedis(multiplexer, options.InstanceName + "data-protection-keys");
    }
}
