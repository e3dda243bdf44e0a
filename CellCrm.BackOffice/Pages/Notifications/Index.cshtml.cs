using CellCrm.BackOffice.Services;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Notifications;

public class IndexModel(CellCrmDbContext db, ICurrentStaff staff, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == staff.Id)
            .OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(ct);

    /// <summary>Opens a notification: marks it read (only one's own) and follows its link.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == staff.Id, ct);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Url.IsLocalUrl(notification.Link) ? LocalRedirect(notification.Link!) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.RecipientId == staff.Id && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
        return RedirectToPage();
    }
}
