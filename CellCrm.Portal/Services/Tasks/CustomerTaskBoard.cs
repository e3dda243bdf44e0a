using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Services.Tasks;

/// <summary>A customer's own tasks; every query is filtered by the signed-in customer's id, so another customer's
/// task is simply not found.</summary>
public sealed class CustomerTaskBoard(CellCrmDbContext db)
{
    private const int MaxFinished = 50;

    public async Task<PortalTaskLists> ListsAsync(Guid customerId, CancellationToken ct)
    {
        var tasks = db.CustomerTasks.AsNoTracking().Where(t => t.CustomerId == customerId);
        var pending = await tasks.Where(t => t.State == CustomerTaskState.Pending).OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate)
            .ThenByDescending(t => t.CreatedAt).ToListAsync(ct);
        var finished = await tasks.Where(t => t.State != CustomerTaskState.Pending).OrderByDescending(t => t.CreatedAt).Take(MaxFinished).ToListAsync(ct);
        var unread = await db.PortalMessages.CountAsync(m => m.CustomerId == customerId && m.ReadAt == null, ct);
        return new PortalTaskLists(pending.Select(Item).ToList(), finished.Select(Item).ToList(), unread);
    }

    public async Task<PortalTaskItem?> FindAsync(Guid customerId, Guid taskId, CancellationToken ct)
    {
        var task = await db.CustomerTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId && t.CustomerId == customerId, ct);
        return task is null ? null : Item(task);
    }

    private static PortalTaskItem Item(CustomerTask t) =>
        new(t.Id, TaskLabels.Of(t.Type), t.Title, t.DueDate, TaskLabels.Of(t.State), t.CreatedAt, t.CompletedAt ?? t.CancelledAt, t.SubjectType, t.SubjectId, TaskActions.PathFor(t));
}
