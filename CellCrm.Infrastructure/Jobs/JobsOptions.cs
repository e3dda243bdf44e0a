namespace CellCrm.Infrastructure.Jobs;

/// <summary>Background jobs run on Hangfire: Redis storage whenever Redis is configured (every node shares it, and a
/// recurring job is enqueued once per schedule across nodes), in-memory storage for the embedded default.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this process executes jobs (the back office does; the portal only enqueues).</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    /// <summary>How often the scheduler looks for due delayed jobs.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an idle worker waits for the "new job" signal before looking at the Redis queue again
    /// (a missed signal then delays a job by at most this much).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
