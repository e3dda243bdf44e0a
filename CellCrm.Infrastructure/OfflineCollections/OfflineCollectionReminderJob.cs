using CellCrm.Domain.Common;
using CellCrm.Domain.Notifications;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.OfflineCollections;

/// <summary>Seed 000 §5.3: 回款当天务必将回款录入系统. A receipt the system knows of before it is entered is a 草稿
/// with its 实际回款日期; each evening (and every evening after, until it is entered) the staff member who saved it
/// and the contract's advisor are reminded of the drafts whose receipt day has come.</summary>
public sealed class OfflineCollectionReminderJob(CellCrmDbContext db, INotifier notifier, TimeProvider clock)
{
    public const string Id = "offline-collection-reminders";

    /// <summary>20:00 China time, before the day ends.</summary>
    public const string Cron = "0 20 * * *";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var drafts = await db.OfflineCollections.AsNoTracking()
            .Where(c => c.Status == OfflineCollectionStatus.Draft && c.ReceivedOn <= today)
            .OrderBy(c => c.ReceivedOn)
            .Select(c => new { c.Id, c.EnteredById, c.OwnerId, c.ContractNumber, c.ReceivedOn, c.AmountFen })
            .ToListAsync(ct);
        var recipients = drafts.SelectMany(d => new[] { (Staff: d.EnteredById, Draft: d), (Staff: d.OwnerId, Draft: d) }).Distinct()
            .GroupBy(x => x.Staff);
        var sent = 0;
        foreach (var staff in recipients)
        {
            var items = staff.Select(x => x.Draft).ToList();
            var text = string.Join("；", items.Take(5).Select(d => $"合同{d.ContractNumber} {d.ReceivedOn:yyyy-MM-dd}回款{Domain.Contracts.Money.Yuan(d.AmountFen)}元"))
                + (items.Count > 5 ? $"等{items.Count}笔" : "");
            notifier.Notify(staff.Key, $"线下收款未录入 {items.Count} 笔", $"回款当天务必录入系统，以下草稿尚未提交：{text}",
                items.Count == 1 ? $"/OfflineCollections/Details/{items[0].Id}" : "/OfflineCollections?status=Draft");
            sent++;
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }
}
