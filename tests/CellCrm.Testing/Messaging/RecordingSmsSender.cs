using System.Collections.Concurrent;
using CellCrm.Domain.Messaging;

namespace CellCrm.Testing.Messaging;

public sealed record SmsCall(string Mobile, string TemplateKey, IReadOnlyDictionary<string, string> Parameters, string? IdempotencyKey);

/// <summary>An <see cref="ISmsSender"/> that records every SMS and answers what the test scripts.</summary>
public sealed class RecordingSmsSender : ISmsSender
{
    public ConcurrentQueue<SmsCall> Calls { get; } = new();

    public Func<SmsCall, SmsSendResult> Behaviour { get; set; } = _ => new SmsSendResult(true, false, null);

    public void Reset()
    {
        Calls.Clear();
        Behaviour = _ => new SmsSendResult(true, false, null);
    }

    public Task<SmsSendResult> SendAsync(string mobile, string templateKey, IReadOnlyDictionary<string, string> parameters, string? idempotencyKey, CancellationToken ct)
    {
        var call = new SmsCall(mobile, templateKey, parameters, idempotencyKey);
        Calls.Enqueue(call);
        return Task.FromResult(Behaviour(call));
    }
}
