using Hangfire;

namespace CellCrm.Infrastructure.Messaging;

public sealed class HangfireOutboxSignal(IBackgroundJobClient jobs, TimeProvider clock) : IOutboxSignal
{
    public void Queued(Guid messageId) =>
        jobs.Enqueue<OutboxDeliveryJob>(j => j.DeliverAsync(messageId, CancellationToken.None));

    public void RetryAt(Guid messageId, DateTimeOffset at)
    {
        var delay = at - clock.GetUtcNow();
        jobs.Schedule<OutboxDeliveryJob>(j => j.DeliverAsync(messageId, CancellationToken.None), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
    }
}
