using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.PaymentSplits;

/// <summary>Online payments (线上收款) as split receipts; a payment flagged for refund is not money kept, so it is
/// not split.</summary>
public sealed class OnlinePaymentReceipts(CellCrmDbContext db) : ISplitReceiptSource
{
    public SplitSourceKind Kind => SplitSourceKind.Online;

    public async Task<SplitReceipt?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Payments.AsNoTracking().Where(p => p.Id == id && !p.RequiresRefund)
            .Select(p => new SplitReceipt(SplitSourceKind.Online, p.Id, p.CustomerId, p.ContractId, p.AmountFen, p.PaidAt))
            .FirstOrDefaultAsync(ct);
}
