using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Tasks;

/// <summary>批量推送: pushes the run's task to every customer with its tag within the requesting staff member's data
/// scope, saving progress as it goes. Each push has a key of its own, so a retried job continues without
/// pushing anyone twice.</summary>
public sealed class BulkPushJob(CellCrmDbContext db, TaskPusher pusher, AccessScopeResolver scopes, TimeProvider clock, ILogger<BulkPushJob> logger)
{
    private const int ProgressEvery = 20;

    public async Task RunAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.BulkPushRuns.SingleAsync(r => r.Id == runId, ct);
        var scope = await scopes.ResolveAsync(run.StaffId, ct);
        var tag = run.Tag;
        var customers = await db.Customers.AsNoTracking().VisibleTo(scope).Where(c => c.Tags.Any(t => t.Name == tag))
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        run.Start(customers.Count);
        await db.SaveChangesAsync(ct);

        int pushed = 0, skipped = 0;
        foreach (var customerId in customers)
        {
            try
            {
                await pusher.PushAsync(customerId, run.ToTask(), run.StaffId, run.StaffName, $"bulk:{run.Id:N}:{customerId:N}", ct);
                pushed++;
            }
            catch (DomainException e)
            {
                logger.LogInformation("Bulk push {RunId}: customer {CustomerId} skipped: {Reason}", run.Id, customerId, e.Message);
                skipped++;
            }

            if ((pushed + skipped) % ProgressEvery == 0)
            {
                // Every push saved itself: forget those tasks and messages, or each later save would scan all of them.
                db.ChangeTracker.Clear();
                db.BulkPushRuns.Attach(run);
                run.Progress(pushed, skipped);
                await db.SaveChangesAsync(ct);
            }
        }

        run.Progress(pushed, skipped);
        run.Finish(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
