using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Tasks;

/// <summary>推送任务: saves the task and its outbox message in one SaveChanges, then wakes the delivery worker.
/// The caller has checked that the staff member may act on the customer; the rules (实名 for signing …) throw
/// <see cref="Domain.Common.DomainException"/>.</summary>
public sealed class TaskPusher(CellCrmDbContext db, IOutboxSignal signal, TimeProvider clock)
{
    private static readonly string[] KeyIndexes =
        ["CustomerTasks_PushKey", "CustomerTasks.PushKey", "OutboxMessages_IdempotencyKey", "OutboxMessages.IdempotencyKey"];

    public async Task<PushResult> PushAsync(Guid customerId, NewTask request, Guid? staffId, string staffName, string pushKey, CancellationToken ct)
    {
        if (await ExistingAsync(pushKey, ct) is { } earlier)
        {
            return new PushResult(earlier, true);
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, ct);
        var pushed = CustomerTask.Push(customer, request, staffId, staffName, pushKey, clock.GetUtcNow());
        var task = db.CustomerTasks.Add(pushed.Task);
        var message = db.OutboxMessages.Add(pushed.Message);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, KeyIndexes))
        {
            // The same submission arrived twice at once: the other one won.
            task.State = EntityState.Detached;
            message.State = EntityState.Detached;
            foreach (var audit in db.ChangeTracker.Entries<Domain.Common.AuditEntry>().Where(a => a.State == EntityState.Added).ToList())
            {
                audit.State = EntityState.Detached;
            }

            return new PushResult(await ExistingAsync(pushKey, ct) ?? throw new InvalidOperationException("Push key conflict without a task."), true);
        }

        signal.Queued(pushed.Message.Id);
        return new PushResult(pushed.Task.Id, false);
    }

    private async Task<Guid?> ExistingAsync(string pushKey, CancellationToken ct) =>
        await db.CustomerTasks.AsNoTracking().Where(t => t.PushKey == pushKey).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
}
