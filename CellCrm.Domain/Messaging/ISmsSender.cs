namespace CellCrm.Domain.Messaging;

/// <summary>Sends an SMS through the configured provider (a sandbox when none is configured).</summary>
public interface ISmsSender
{
    /// <param name="idempotencyKey">The same on every send of one notice (an outbox message's
    /// <see cref="OutboxMessage.ClientMessageId"/>): a provider that knows the key already answers success and does not
    /// send again. Null for messages that are new each time (verification codes).</param>
    Task<SmsSendResult> SendAsync(string mobile, string templateKey, IReadOnlyDictionary<string, string> parameters, string? idempotencyKey, CancellationToken ct);
}

public sealed record SmsSendResult(bool Succeeded, bool Transient, string? Error);
