namespace CellCrm.Infrastructure.Messaging;

/// <summary>Delivery of the outbox (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>After this many failed attempts a message is 失败.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; each further retry doubles it (at most an hour).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a claim keeps other nodes away from a message; longer than any send takes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages one claim takes (one UPDATE); their sends go out <see cref="SendParallelism"/> at a time.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Sends in flight at once per delivery run (each wave is marked 发送中 first, its answers are saved
    /// together with the next wave's mark).</summary>
    public int SendParallelism { get; set; } = 16;

    /// <summary>Batches one sweep handles before it yields to the next occurrence.</summary>
    public int MaxBatchesPerSweep { get; set; } = 200;

    /// <summary>The portal's public address, prefixed to the deep links (e.g. https://portal.example.com).</summary>
    public string PortalBaseUrl { get; set; } = "";
}
