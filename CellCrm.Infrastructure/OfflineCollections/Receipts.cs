using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.OfflineCollections;

/// <summary>What a contract has received: online payments (those flagged for refund excluded) and the offline
/// collections that count (entered, 待核对 or 已核对; drafts and those found wrong do not).</summary>
public static class Receipts
{
    public static IQueryable<OfflineCollection> Counting(this IQueryable<OfflineCollection> collections) =>
        collections.Where(c => c.Status == OfflineCollectionStatus.PendingCheck || c.Status == OfflineCollectionStatus.Checked);

    public static async Task<long> OfflineFenAsync(CellCrmDbContext db, Guid contractId, CancellationToken ct) =>
        await db.OfflineCollections.AsNoTracking().Counting().Where(c => c.ContractId == contractId)
            .SumAsync(c => (long?)c.AmountFen, ct) ?? 0;

    public static async Task<long> ReceivedFenAsync(CellCrmDbContext db, Guid contractId, CancellationToken ct) =>
        (await db.Payments.AsNoTracking().Where(p => p.ContractId == contractId && !p.RequiresRefund).SumAsync(p => (long?)p.AmountFen, ct) ?? 0)
        + await OfflineFenAsync(db, contractId, ct);

    /// <summary>Received so far per contract line (offline) and in total, leaving out one collection (the one being entered).</summary>
    public static async Task<CollectedSoFar> SoFarAsync(CellCrmDbContext db, Guid contractId, Guid? except, CancellationToken ct)
    {
        var others = db.OfflineCollections.AsNoTracking().Counting().Where(c => c.ContractId == contractId && c.Id != except);
        var byLine = await others.SelectMany(c => c.Lines).GroupBy(l => l.ContractLineId)
            .Select(g => new { g.Key, Sum = g.Sum(l => l.AmountFen) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var online = await db.Payments.AsNoTracking().Where(p => p.ContractId == contractId && !p.RequiresRefund).SumAsync(p => (long?)p.AmountFen, ct) ?? 0;
        return new CollectedSoFar(byLine, online + byLine.Values.Sum());
    }
}
