using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>Declares the refund query (every 5 minutes); Hangfire enqueues each occurrence once across nodes.</summary>
public sealed class RefundRecurringJobs(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<RefundQueryJob>(RefundQueryJob.Id, j => j.RunAsync(CancellationToken.None), "*/5 * * * *");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
