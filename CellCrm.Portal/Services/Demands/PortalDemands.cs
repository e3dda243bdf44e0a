using CellCrm.Domain.Common;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Services.Demands;

/// <summary>The demand lists of the signed-in customer. Every query is filtered by the customer's id (as recipient
/// or donor), so another customer's list is simply not found.</summary>
public sealed class PortalDemands(CellCrmDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PortalDemandRow>> ListAsync(Guid customerId, CancellationToken ct)
    {
        var lists = await db.DemandLists.AsNoTracking().Where(d => d.RecipientId == customerId || d.DonorId == customerId)
            .OrderByDescending(d => d.CreatedAt).Take(50)
            .Select(d => new { d.Id, d.Number, d.RecipientId, d.ReviewStatus, d.CreatedAt }).ToListAsync(ct);
        return lists.Select(d => new PortalDemandRow(d.Id, d.Number, d.RecipientId == customerId, HealthLabels.Of(d.ReviewStatus), d.CreatedAt)).ToList();
    }

    /// <summary>The list when the customer is its recipient or donor; null otherwise.</summary>
    public async Task<PortalDemand?> FindAsync(Guid customerId, Guid listId, CancellationToken ct)
    {
        var list = await db.DemandLists.AsNoTracking().Include(d => d.Plans)
            .FirstOrDefaultAsync(d => d.Id == listId && (d.RecipientId == customerId || d.DonorId == customerId), ct);
        if (list is null)
        {
            return null;
        }

        var recipient = await db.Customers.AsNoTracking().Where(c => c.Id == list.RecipientId).SingleAsync(ct);
        return new PortalDemand(list, list.RecipientId == customerId, recipient.Name, recipient.AgeOn(ChinaTime.Today(clock)));
    }

    /// <summary>The list only when the customer is its recipient: reports, checklist and questionnaire are theirs alone.</summary>
    public async Task<PortalDemand?> FindAsRecipientAsync(Guid customerId, Guid listId, CancellationToken ct) =>
        await FindAsync(customerId, listId, ct) is { IsRecipient: true } demand ? demand : null;
}
