using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Payments;

/// <summary>对账 (WECHAT.md B4): queries orders that are still open some minutes after ordering (no notify came),
/// credits the paid ones, closes the unpaid ones whose prepay has run out, and records the expiry of links past
/// their 10 months. Runs every few minutes; each link is saved on its own, so one conflict skips only that link
/// until the next run.</summary>
public sealed partial class PaymentReconciliationJob(CellCrmDbContext db, PaymentAttemptSettler settler, TimeProvider clock,
    ILogger<PaymentReconciliationJob> logger)
{
    public const string Id = "payment-reconciliation";
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMinutes(5);
    private const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var quietSince = now - QuietPeriod;
        var open = await db.PaymentAttempts.AsNoTracking()
            .Where(a => a.State == PaymentAttemptState.Open && a.CreatedAt <= quietSince)
            .OrderBy(a => a.CreatedAt).Take(BatchSize)
            .Select(a => new { a.PaymentLinkId, a.OutTradeNo }).ToListAsync(ct);
        var settled = 0;
        foreach (var item in open)
        {
            db.ChangeTracker.Clear();
            var link = await db.PaymentLinks.Include(l => l.Attempts).SingleAsync(l => l.Id == item.PaymentLinkId, ct);
            var attempt = link.Attempts.Single(a => a.OutTradeNo == item.OutTradeNo);
            // An expired, cancelled or superseded link must not keep a payable order.
            var outcome = await settler.SettleAsync(link, attempt, closeFreshPrepay: !link.IsPayable(now), ct);
            if (outcome is SettleOutcome.Closed or SettleOutcome.StillOpen)
            {
                await TrySaveAsync(ct);
            }

            settled += outcome is SettleOutcome.Closed or SettleOutcome.Paid ? 1 : 0;
        }

        db.ChangeTracker.Clear();
        var due = await db.PaymentLinks.Include(l => l.Attempts)
            .Where(l => l.State == PaymentLinkState.Pending && l.ExpiresAt <= now).Take(BatchSize).ToListAsync(ct);
        var expired = due.Count(l => l.ExpireIfDue(now));
        await TrySaveAsync(ct);
        LogRun(logger, open.Count, settled, expired);
        return settled;
    }

    private async Task TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            // A notify or the customer changed the link meanwhile: the next run looks again.
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(LogLevel.Information, "Payment reconciliation: {Open} open order(s) queried, {Settled} settled, {Expired} link(s) expired")]
    private static partial void LogRun(ILogger logger, int open, int settled, int expired);
}
