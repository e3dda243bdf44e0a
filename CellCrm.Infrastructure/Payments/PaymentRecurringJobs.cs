using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure.Payments;

/// <summary>Declares the payment reconciliation (every 5 minutes); Hangfire enqueues each occurrence once across nodes.</summary>
public sealed class PaymentRecurringJobs(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<PaymentReconciliationJob>(PaymentReconciliationJob.Id, j => j.RunAsync(CancellationToken.None), "*/5 * * * *");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
