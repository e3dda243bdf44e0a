namespace CellCrm.Domain.Messaging;

/// <summary>Sends an SMS through the configured provider (a sandbox when none is configured).</summary>
public interface ISmsSender
{
    Task<SmsSendResult> SendAsync(string mobile, string templateKey, IReadOnlyDictionary<string, string> parameters, CancellationToken ct);
}

public sealed record SmsSendResult(bool Succeeded, bool Transient, string? Error);
