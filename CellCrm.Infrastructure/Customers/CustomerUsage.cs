using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Customers;

/// <summary>Whether any business record uses a customer, which forbids deleting it (seed 002 §2.3). Each business
/// area that references customers adds its check here as it arrives.</summary>
public sealed class CustomerUsage(CellCrmDbContext db)
{
    public async Task<bool> IsUsedAsync(Guid customerId, CancellationToken ct) =>
        await db.CustomerMilestones.AnyAsync(m => m.CustomerId == customerId, ct)
        || await db.Contracts.AnyAsync(c => c.CustomerId == customerId, ct);

    /// <summary>A contract signed or a payment received for the customer since <paramref name="since"/>.</summary>
    public Task<bool> HasDealSinceAsync(Guid customerId, DateTimeOffset since, CancellationToken ct) =>
        db.CustomerMilestones.AnyAsync(m => m.CustomerId == customerId && m.At >= since, ct);
}
