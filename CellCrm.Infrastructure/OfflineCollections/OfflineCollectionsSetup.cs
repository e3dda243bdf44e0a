using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Jobs;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure.OfflineCollections;

public static class OfflineCollectionsSetup
{
    /// <summary>Offline collections, prepayment deduction and the evening reminder (declared where jobs run).</summary>
    public static IServiceCollection AddOfflineCollections(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        services.AddScoped<OfflineCollectionService>();
        services.AddScoped<OfflineCollectionReminderJob>();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (runJobs && jobs.RunServer)
        {
            services.AddHostedService<OfflineCollectionRecurringJobs>();
        }

        return services;
    }

    private sealed class OfflineCollectionRecurringJobs(IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<OfflineCollectionReminderJob>(OfflineCollectionReminderJob.Id, j => j.RunAsync(CancellationToken.None),
                OfflineCollectionReminderJob.Cron, new RecurringJobOptions { TimeZone = ChinaTime.Zone });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
