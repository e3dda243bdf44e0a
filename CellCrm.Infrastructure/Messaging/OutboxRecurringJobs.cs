using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure.Messaging;

/// <summary>Declares the outbox sweep (every minute); Hangfire enqueues each occurrence once across nodes, and the
/// claim keeps overlapping sweeps from sending a message twice.</summary>
public sealed class OutboxRecurringJobs(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<OutboxDeliveryJob>(OutboxDeliveryJob.SweepId, j => j.SweepAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
