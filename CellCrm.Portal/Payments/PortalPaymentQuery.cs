using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Payments;

/// <summary>Payment links of the signed-in customer only: a link of another customer is not found.</summary>
public sealed class PortalPaymentQuery(CellCrmDbContext db, TimeProvider clock)
{
    public async Task<PortalPaymentView?> FindAsync(Guid customerId, Guid linkId, CancellationToken ct) =>
        (await QueryAsync(customerId, linkId, ct)).FirstOrDefault();

    public Task<List<PortalPaymentView>> ListAsync(Guid customerId, CancellationToken ct) => QueryAsync(customerId, null, ct);

    private async Task<List<PortalPaymentView>> QueryAsync(Guid customerId, Guid? linkId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var links = db.PaymentLinks.AsNoTracking().Where(l => l.CustomerId == customerId);
        if (linkId is { } id)
        {
            links = links.Where(l => l.Id == id);
        }

        var rows = await links.OrderByDescending(l => l.SentAt).Take(50)
            .Join(db.Customers, l => l.CustomerId, c => c.Id, (l, c) => new { Link = l, c.Name })
            .ToListAsync(ct);
        return rows.Select(r => new PortalPaymentView(r.Link.Id, r.Name, r.Link.Reason, r.Link.AmountFen, r.Link.SentAt, r.Link.ExpiresAt,
            r.Link.StateAt(now), r.Link.PaidAt, r.Link.TransactionId)).ToList();
    }
}
