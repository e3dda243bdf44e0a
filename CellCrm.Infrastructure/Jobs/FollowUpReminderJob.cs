using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Jobs;

/// <summary>Each morning, every owner is reminded of the customers whose next follow-up falls on that day.</summary>
public sealed class FollowUpReminderJob(CellCrmDbContext db, INotifier notifier, TimeProvider clock)
{
    public const string Id = "follow-up-reminders";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var end = start.AddDays(1);
        var due = await db.Customers.AsNoTracking()
            .Where(c => c.Status == CustomerStatus.Active && c.NextFollowUpAt >= start && c.NextFollowUpAt < end)
            .Select(c => new { c.OwnerId, c.Name })
            .ToListAsync(ct);
        foreach (var owner in due.GroupBy(c => c.OwnerId))
        {
            var names = string.Join("、", owner.Take(5).Select(c => c.Name)) + (owner.Count() > 5 ? $"等{owner.Count()}位" : "");
            notifier.Notify(owner.Key, $"今日待跟进客户 {owner.Count()} 位", $"{today:yyyy-MM-dd} 需跟进：{names}", "/Customers");
        }

        await db.SaveChangesAsync(ct);
    }
}
