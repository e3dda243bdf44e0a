using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;

namespace CellCrm.Infrastructure.Approvals;

/// <summary>In-app notifications, added to the current unit of work so they exist exactly when the change does.</summary>
public sealed class DbNotifier(CellCrmDbContext db, TimeProvider clock) : INotifier
{
    public void Notify(Guid recipientId, string title, string body, string? link = null) =>
        db.Notifications.Add(new Notification(recipientId, title, body, link, clock.GetUtcNow()));
}
