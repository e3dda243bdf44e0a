using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Services.Tasks;

/// <summary>消息: the customer's in-portal inbox, only ever their own entries.</summary>
public sealed class PortalInbox(CellCrmDbContext db, TimeProvider clock)
{
    private const int MaxMessages = 100;

    public async Task<IReadOnlyList<PortalMessage>> ListAsync(Guid customerId, CancellationToken ct) =>
        await db.PortalMessages.AsNoTracking().Where(m => m.CustomerId == customerId)
            .OrderByDescending(m => m.CreatedAt).Take(MaxMessages).ToListAsync(ct);

    /// <summary>Marks the customer's message read and returns where it leads; null when it is not theirs.</summary>
    public async Task<PortalMessage?> OpenAsync(Guid customerId, Guid messageId, CancellationToken ct)
    {
        var message = await db.PortalMessages.FirstOrDefaultAsync(m => m.Id == messageId && m.CustomerId == customerId, ct);
        if (message is null)
        {
            return null;
        }

        message.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return message;
    }
}
