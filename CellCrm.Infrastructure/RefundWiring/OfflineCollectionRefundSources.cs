using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.RefundWiring;

/// <summary>The entered, not erroneous offline collections (线下收款) of a contract as refund sources; their refund
/// lines are paid by bank transfer. A 预付款抵扣 is no money received from the customer (it draws on the prepayment
/// order, whose own collections are its refund sources), so it is left out.</summary>
public sealed class OfflineCollectionRefundSources(CellCrmDbContext db) : IOfflineRefundSources
{
    public async Task<IReadOnlyList<ReceivedMoney>> ForContractAsync(Guid contractId, CancellationToken ct)
    {
        var collections = await db.OfflineCollections.AsNoTracking().Counting()
            .Where(c => c.ContractId == contractId && c.Method != OfflineMethod.PrepaymentDeduction)
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.CreatedAt).ToListAsync(ct);
        return [.. collections.Select(c => new ReceivedMoney(c.Id, c.CustomerId, c.ContractId,
            $"线下收款 {c.MethodLabel} {c.ReceivedOn:yyyy-MM-dd} ¥{Money.Yuan(c.AmountFen)}", c.AmountFen))];
    }
}
