using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutboxBench;

/// <summary>Where a drain spends its time: database commands and HTTP sends, counted and timed (summed over the
/// concurrent sweeps, so the times are busy time, not wall time).</summary>
public sealed class Meters
{
    private long _dbCommands;
    private long _dbTicks;
    private long _httpCalls;
    private long _httpTicks;

    public void Db(long ticks)
    {
        Interlocked.Increment(ref _dbCommands);
        Interlocked.Add(ref _dbTicks, ticks);
    }

    public void Http(long ticks)
    {
        Interlocked.Increment(ref _httpCalls);
        Interlocked.Add(ref _httpTicks, ticks);
    }

    public string Describe(int messages) =>
        $"db commands {_dbCommands} ({(double)_dbCommands / Math.Max(1, messages):0.00}/message, busy {Seconds(_dbTicks):0.0} s); " +
        $"http calls {_httpCalls} (busy {Seconds(_httpTicks):0.0} s)";

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}

public sealed class DbMeter(Meters meters) : DbCommandInterceptor
{
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        meters.Db((long)(eventData.Duration.TotalSeconds * Stopwatch.Frequency));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        meters.Db((long)(eventData.Duration.TotalSeconds * Stopwatch.Frequency));
        return ValueTask.FromResult(result);
    }
}

public sealed class HttpMeter(Meters meters) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            meters.Http(Stopwatch.GetTimestamp() - started);
        }
    }
}
