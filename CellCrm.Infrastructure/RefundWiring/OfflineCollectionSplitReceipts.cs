using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.RefundWiring;

/// <summary>Offline collections (线下收款) as split receipts: entered and not erroneous, received on the actual
/// receipt date (China time); a 预付款抵扣 moves money already received and split on the prepayment order, so it is
/// not split again.</summary>
public sealed class OfflineCollectionSplitReceipts(CellCrmDbContext db) : ISplitReceiptSource
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public SplitSourceKind Kind => SplitSourceKind.Offline;

    public async Task<SplitReceipt?> FindAsync(Guid id, CancellationToken ct)
    {
        var collection = await db.OfflineCollections.AsNoTracking().Counting()
            .Where(c => c.Id == id && c.Method != OfflineMethod.PrepaymentDeduction)
            .Select(c => new { c.Id, c.CustomerId, c.ContractId, c.AmountFen, c.ReceivedOn })
            .FirstOrDefaultAsync(ct);
        return collection is null
            ? null
            : new SplitReceipt(SplitSourceKind.Offline, collection.Id, collection.CustomerId, collection.ContractId, collection.AmountFen,
                new DateTimeOffset(collection.ReceivedOn.ToDateTime(TimeOnly.MinValue), ChinaOffset));
    }
}
