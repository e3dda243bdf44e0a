using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Tasks;

/// <summary>The tasks pushed to one customer; the caller has already checked the viewer may see the customer.</summary>
public sealed class CustomerTasksQuery(CellCrmDbContext db)
{
    private const int MaxTasks = 100;

    public async Task<IReadOnlyList<CustomerTaskLine>> ForCustomerAsync(Guid customerId, CancellationToken ct)
    {
        var tasks = await db.CustomerTasks.AsNoTracking().Where(t => t.CustomerId == customerId)
            .OrderByDescending(t => t.CreatedAt).Take(MaxTasks).ToListAsync(ct);
        var taskIds = tasks.Select(t => (Guid?)t.Id).ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => taskIds.Contains(m.TaskId))
            .Select(m => new { m.TaskId, m.State, m.Channel, m.Attempts, m.SentAt, m.LastError, m.CreatedAt, m.SendingSince })
            .ToListAsync(ct);
        return tasks.Select(t => new CustomerTaskLine(
            t.Id,
            TaskLabels.Of(t.Type),
            t.Title,
            t.DueDate,
            TaskLabels.Of(t.State),
            t.CreatedByName,
            t.CreatedAt,
            messages.Where(m => m.TaskId == t.Id).OrderBy(m => m.CreatedAt)
                .Select(m => new DeliveryLine(OutboxLabels.Describe(m.State, m.LastError, m.SendingSince), OutboxLabels.Of(m.Channel), m.Attempts, m.SentAt, m.State == OutboxState.Failed))
                .ToList())).ToList();
    }
}
