using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>What a contract's customer may get back, per received payment: received minus the lines of refund
/// applications that refund or will refund it (every application but a rejected one).</summary>
public sealed class RefundSources(CellCrmDbContext db, IEnumerable<IOfflineRefundSources> offline)
{
    public async Task<IReadOnlyList<RefundSource>> ForContractAsync(Guid contractId, CancellationToken ct)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.ContractId == contractId).OrderBy(p => p.PaidAt)
            .Select(p => new { p.Id, p.CustomerId, p.ContractId, p.AmountFen, p.PaidAt, p.TransactionId }).ToListAsync(ct);
        var received = payments.Select(p => (Kind: RefundSourceKind.OnlinePayment, Money: new ReceivedMoney(p.Id, p.CustomerId, p.ContractId,
            $"微信支付 {ChinaTime.ToChina(p.PaidAt):yyyy-MM-dd} ¥{Money.Yuan(p.AmountFen)}（{p.TransactionId[^6..]}）", p.AmountFen))).ToList();
        foreach (var source in offline)
        {
            received.AddRange((await source.ForContractAsync(contractId, ct)).Select(m => (RefundSourceKind.OfflineCollection, m)));
        }

        var ids = received.Select(r => r.Money.Id).ToList();
        var reserved = await ReservedAsync(ids, ct);
        return [.. received.Select(r => new RefundSource(r.Kind, r.Money.Id, r.Money.CustomerId, r.Money.ContractId, r.Money.Label,
            r.Money.ReceivedFen, reserved.GetValueOrDefault(r.Money.Id)))];
    }

    private async Task<Dictionary<Guid, long>> ReservedAsync(List<Guid> sourceIds, CancellationToken ct) =>
        sourceIds.Count == 0
            ? []
            : await db.RefundApplications.AsNoTracking().Where(a => a.Status != RefundApplicationStatus.Rejected)
                .SelectMany(a => a.Lines).Where(l => sourceIds.Contains(l.SourceId))
                .GroupBy(l => l.SourceId).Select(g => new { g.Key, Fen = g.Sum(l => l.AmountFen) })
                .ToDictionaryAsync(x => x.Key, x => x.Fen, ct);

    /// <summary>Refunded money of a contract that counted as received (a payment flagged for refund never did).</summary>
    public static async Task<long> RefundedOfContractAsync(CellCrmDbContext db, Guid contractId, CancellationToken ct) =>
        await db.RefundApplications.AsNoTracking().Where(a => a.ContractId == contractId).SelectMany(a => a.Lines)
            .Where(l => l.State == RefundLineState.Refunded && !db.Payments.Any(p => p.Id == l.SourceId && p.RequiresRefund))
            .SumAsync(l => (long?)l.AmountFen, ct) ?? 0;
}
