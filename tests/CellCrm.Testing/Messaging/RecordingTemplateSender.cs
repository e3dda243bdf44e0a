using System.Collections.Concurrent;
using CellCrm.Domain.Messaging;

namespace CellCrm.Testing.Messaging;

/// <summary>An <see cref="ITemplateMessageSender"/> that records every call and answers what the test scripts
/// (by default: sent, with a provider message id).</summary>
public sealed class RecordingTemplateSender : ITemplateMessageSender
{
    private int _calls;

    public ConcurrentQueue<TemplateMessage> Calls { get; } = new();

    public ConcurrentQueue<TemplateMessage> Delivered { get; } = new();

    /// <summary>Decides each answer from the message and the 1-based number of the call.</summary>
    public Func<TemplateMessage, int, TemplateSendResult> Behaviour { get; set; } = Sent;

    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public static TemplateSendResult Sent(TemplateMessage message, int call) =>
        new(TemplateSendOutcome.Sent, $"wx-{call}", null);

    public void Reset()
    {
        Calls.Clear();
        Delivered.Clear();
        _calls = 0;
        Behaviour = Sent;
        Latency = TimeSpan.Zero;
    }

    public async Task<TemplateSendResult> SendAsync(TemplateMessage message, CancellationToken ct)
    {
        var call = Interlocked.Increment(ref _calls);
        Calls.Enqueue(message);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, ct);
        }

        var result = Behaviour(message, call);
        if (result.Outcome == TemplateSendOutcome.Sent)
        {
            Delivered.Enqueue(message);
        }

        return result;
    }
}
