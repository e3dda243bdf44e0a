using System.Data;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Messaging;

/// <summary>Claims due messages for one delivery run with one UPDATE per batch: the claim sets the run and a lease
/// and bumps the version, so any later save by a run whose lease ran out and whose messages another run claimed
/// fails its concurrency check. On MySQL/MariaDB the candidates are picked with <c>FOR UPDATE SKIP LOCKED</c>, so
/// nodes claiming at the same moment take different messages instead of queueing on the same rows; the UPDATE
/// re-checks the claimable condition in any case, so a message is never held by two runs.</summary>
public sealed class OutboxClaims(CellCrmDbContext db, TimeProvider clock)
{
    public async Task<List<OutboxMessage>> ClaimAsync(Guid? onlyId, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var run = Guid.CreateVersion7();
        List<Guid> candidates;
        try
        {
            if (onlyId is null && db.Database.IsMySql())
            {
                // Read committed: rows a scan passes over but does not take are not kept locked.
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
                candidates = await LockCandidatesAsync(now, batchSize, ct);
                // The rows are locked by this transaction since the SELECT: claimed by primary key alone.
                await MarkClaimedAsync(db.OutboxMessages, candidates, run, now, lease, ct);
                await transaction.CommitAsync(ct);
            }
            else
            {
                var due = Due(now);
                if (onlyId is { } id)
                {
                    due = due.Where(m => m.Id == id);
                }

                candidates = await due.AsNoTracking().OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(batchSize).ToListAsync(ct);
                await MarkClaimedAsync(Due(now), candidates, run, now, lease, ct);
            }
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            // Another node holds these rows; the next sweep tries again.
            return [];
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        return await db.OutboxMessages.Where(m => candidates.Contains(m.Id) && m.ClaimedBy == run).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
    }

    private IQueryable<OutboxMessage> Due(DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.State == OutboxState.Queued && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    /// <summary>The same condition as <see cref="Due"/>, locking the rows it returns and skipping rows another
    /// claim has locked (MariaDB 10.6+, MySQL 8.0+). Times are stored as UTC datetime(6).</summary>
    private Task<List<Guid>> LockCandidatesAsync(DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        var at = now.UtcDateTime;
        var queued = nameof(OutboxState.Queued);
        return db.Database.SqlQuery<Guid>($"""
            SELECT `Id` AS `Value` FROM `OutboxMessages`
            WHERE `State` = {queued} AND `NextAttemptAt` <= {at} AND (`ClaimedUntil` IS NULL OR `ClaimedUntil` < {at})
            ORDER BY `NextAttemptAt` LIMIT {batchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
    }

    /// <summary>One UPDATE for the batch; <paramref name="claimable"/> re-checks the condition where no row lock is held.</summary>
    private static async Task MarkClaimedAsync(IQueryable<OutboxMessage> claimable, List<Guid> candidates, Guid run, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        Guid? claimedBy = run;
        var until = now + lease;
        await claimable.Where(m => candidates.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimedBy, claimedBy)
            .SetProperty(m => m.ClaimedUntil, until)
            .SetProperty(m => m.Version, m => m.Version + 1), ct);
    }
}
