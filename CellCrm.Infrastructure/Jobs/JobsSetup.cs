using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.Redis.StackExchange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Jobs;

public static class JobsSetup
{
    public static void AddCellCrmJobs(this IServiceCollection services, IConfiguration configuration, bool runServer)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var redisPrefix = (configuration["Redis:InstanceName"] ?? "cellcrm:") + "hangfire:";
        var useRedis = !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));
        // This host's own storage, registered before AddHangfire (which only adds one if none is there): Hangfire's
        // default registration hands out the static JobStorage.Current, which two hosts in one process would share.
        services.AddSingleton<JobStorage>(sp => useRedis
            ? new RedisStorage(sp.GetRequiredService<IConnectionMultiplexer>(), new RedisStorageOptions { Prefix = redisPrefix, FetchTimeout = options.QueuePollInterval })
            : new InMemoryStorage());
        // Likewise this host's own job activator: Hangfire's default hands out the static JobActivator.Current, so a
        // job could be activated from another (possibly disposed) host's container.
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        // Hangfire's global AutomaticRetry filter (10 attempts with growing delays, then the Failed list of the
        // dashboard at /jobs) applies to every job: a failing job is retried and stays visible, never dropped.
        services.AddHangfire((sp, config) => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostSafeLogProvider(sp.GetRequiredService<ILoggerFactory>())));

        services.AddScoped<ShareReclaimJob>();
        services.AddScoped<ApprovalReminderJob>();
        services.AddScoped<FollowUpReminderJob>();
        if (runServer && options.RunServer)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = options.WorkerCount;
                o.SchedulePollingInterval = options.SchedulePollingInterval;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            services.AddHostedService<RecurringJobsRegistration>();
        }
    }
}
