using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Messaging;

/// <summary>Claims due messages for one delivery run. The UPDATE re-checks the claimable condition row by row under
/// the database's row locks, so of several nodes sweeping at once exactly one gets each message; the version bump
/// makes any later save by a node whose lease ran out fail its concurrency check.</summary>
public sealed class OutboxClaims(CellCrmDbContext db, TimeProvider clock)
{
    public async Task<List<OutboxMessage>> ClaimAsync(Guid? onlyId, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = db.OutboxMessages.Where(m => m.State == OutboxState.Queued && m.NextAttemptAt <= now
            && (m.ClaimedUntil == null || m.ClaimedUntil < now));
        if (onlyId is { } id)
        {
            due = due.Where(m => m.Id == id);
        }

        var candidates = await due.AsNoTracking().OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(batchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        Guid? run = Guid.CreateVersion7();
        var until = now + lease;
        try
        {
            await due.Where(m => candidates.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ClaimedBy, run)
                .SetProperty(m => m.ClaimedUntil, until)
                .SetProperty(m => m.Version, m => m.Version + 1), ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            // Another node holds these rows; the next sweep tries again.
            return [];
        }

        return await db.OutboxMessages.Where(m => m.ClaimedBy == run).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
    }
}
