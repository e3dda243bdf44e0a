namespace CellCrm.Infrastructure.Messaging;

/// <summary>Wakes the delivery worker once a message is committed (the recurring sweep is the safety net).</summary>
public interface IOutboxSignal
{
    void Queued(Guid messageId);

    void RetryAt(Guid messageId, DateTimeOffset at);
}
