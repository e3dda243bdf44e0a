namespace CellCrm.Infrastructure.Messaging;

/// <summary>The Hangfire entry points of the outbox: one message right after its commit, and the sweep every
/// minute that picks up whatever is due (retries, messages whose worker died).</summary>
public sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher)
{
    public const string SweepId = "outbox-sweep";

    public Task DeliverAsync(Guid messageId, CancellationToken ct) => dispatcher.DeliverAsync(messageId, ct);

    public Task SweepAsync(CancellationToken ct) => dispatcher.SweepAsync(ct);
}
