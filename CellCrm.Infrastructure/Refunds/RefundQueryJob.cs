using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>Queries refunds that are still 退款中 some minutes after they were sent (no notify came, or the create
/// answer was lost) and applies what WeChat Pay says; a number WeChat Pay does not know is requested again under the
/// same number. Each line is settled on its own, so a failure skips only that line until the next run.</summary>
public sealed partial class RefundQueryJob(CellCrmDbContext db, RefundPayout payout, TimeProvider clock, ILogger<RefundQueryJob> logger)
{
    public const string Id = "refund-query";
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMinutes(5);
    private const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var quietSince = clock.GetUtcNow() - QuietPeriod;
        var open = await db.RefundApplications.AsNoTracking()
            .Where(a => a.Status == RefundApplicationStatus.Paying && a.PayoutStartedAt <= quietSince)
            .SelectMany(a => a.Lines).Where(l => l.State == RefundLineState.Processing && l.OutRefundNo != null)
            .Select(l => l.OutRefundNo!).Take(BatchSize).ToListAsync(ct);
        var settled = 0;
        foreach (var outRefundNo in open)
        {
            db.ChangeTracker.Clear();
            try
            {
                var outcome = await payout.QueryAsync(outRefundNo, ct);
                settled += outcome is RefundSettleOutcome.Refunded or RefundSettleOutcome.Failed ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, outRefundNo);
            }
        }

        LogRun(logger, open.Count, settled);
        return settled;
    }

    [LoggerMessage(LogLevel.Error, "Refund {OutRefundNo} could not be reconciled; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string outRefundNo);

    [LoggerMessage(LogLevel.Information, "Refund query: {Open} open refunds, {Settled} settled")]
    private static partial void LogRun(ILogger logger, int open, int settled);
}
