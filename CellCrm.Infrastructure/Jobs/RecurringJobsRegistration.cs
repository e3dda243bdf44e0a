using CellCrm.Domain.Common;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure.Jobs;

/// <summary>Declares the recurring jobs at start-up. Every node declares the same ids; Hangfire keeps one
/// definition per id and, through its storage lock, enqueues each occurrence once across nodes.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var china = new RecurringJobOptions { TimeZone = ChinaTime.Zone };
        jobs.AddOrUpdate<ShareReclaimJob>(ShareReclaimJob.Id, j => j.RunAsync(CancellationToken.None), "*/5 * * * *", china);
        jobs.AddOrUpdate<ApprovalReminderJob>(ApprovalReminderJob.Id, j => j.RunAsync(CancellationToken.None), "0 * * * *", china);
        jobs.AddOrUpdate<FollowUpReminderJob>(FollowUpReminderJob.Id, j => j.RunAsync(CancellationToken.None), "30 8 * * *", china);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
