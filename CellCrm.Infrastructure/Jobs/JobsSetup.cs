using Hangfire;
using Hangfire.Redis.StackExchange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Jobs;

public static class JobsSetup
{
    public static void AddCellCrmJobs(this IServiceCollection services, IConfiguration configuration, bool runServer)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var redisPrefix = (configuration["Redis:InstanceName"] ?? "cellcrm:") + "hangfire:";
        var useRedis = !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));
        services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                // A failing job is retried with growing delays and, when attempts run out, stays in the Failed
                // list of the dashboard (/jobs) for an administrator: never silently dropped.
                .UseFilter(new AutomaticRetryAttribute { Attempts = 10, OnAttemptsExceeded = AttemptsExceededAction.Fail });
            if (useRedis)
            {
                config.UseRedisStorage(sp.GetRequiredService<IConnectionMultiplexer>(), new RedisStorageOptions { Prefix = redisPrefix });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });

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
