using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Payments;

/// <summary>A contract's payment link as the 收款 panel lists it, with its state now.</summary>
public sealed record ContractPaymentLinkRow(Guid Id, long AmountFen, string Reason, DateTimeOffset SentAt, DateTimeOffset ExpiresAt,
    PaymentLinkState State, string CreatedByName, IReadOnlyList<Guid> PlanLineIds);

/// <summary>Receivables of one contract (应收/已收/未收, seed 000 §5), all in fen.</summary>
public sealed record ContractReceivable(Guid ContractId, Guid CustomerId, string Number, bool AcceptsPayment, long AmountFen, long ReceivedFen,
    IReadOnlyList<ContractPaymentLinkRow> Links)
{
    /// <summary>Never below zero: money received above the amount is a matter for refunds, not a negative debt.</summary>
    public long OutstandingFen => Math.Max(0, AmountFen - ReceivedFen);

    /// <summary>Sent and waiting to be paid: counts against the outstanding, so received + open never exceed the amount.</summary>
    public long OpenFen => Links.Where(l => l.State == PaymentLinkState.Pending).Sum(l => l.AmountFen);

    /// <summary>What a further link may still ask for.</summary>
    public long CollectibleFen => Math.Max(0, OutstandingFen - OpenFen);

    /// <summary>Whether staff may send a further link for this contract.</summary>
    public bool CanCollect => AcceptsPayment && CollectibleFen > 0;

    /// <summary>The 收款理由 a link for this contract carries.</summary>
    public string Reason => "合同 " + Number;
}

/// <summary>Receivables per contract: the amount after discount, the payments recorded against links of the contract
/// (those flagged for refund excluded) plus the offline collections entered and not found wrong at checking (seed 000
/// §5.3: entered on the day of receipt, checked by finance afterwards), less what was refunded, and the outstanding rest.</summary>
public sealed class ContractReceivables(CellCrmDbContext db, TimeProvider clock)
{
    public async Task<ContractReceivable?> ForAsync(Guid contractId, CancellationToken ct) =>
        await db.Contracts.AsNoTracking().Where(c => c.Id == contractId).FirstOrDefaultAsync(ct) is { } contract
            ? await ForAsync(contract, ct)
            : null;

    /// <summary>For a contract the caller has loaded already (the details page), without reading it again.</summary>
    public async Task<ContractReceivable> ForAsync(Contract contract, CancellationToken ct)
    {
        var received = await db.Payments.AsNoTracking()
            .Where(p => p.ContractId == contract.Id && !p.RequiresRefund)
            .SumAsync(p => (long?)p.AmountFen, ct) ?? 0;
        received += await Receipts.OfflineFenAsync(db, contract.Id, ct);
        received -= await Refunds.RefundSources.RefundedOfContractAsync(db, contract.Id, ct);
        var links = await db.PaymentLinks.AsNoTracking().Where(l => l.ContractId == contract.Id)
            .OrderByDescending(l => l.SentAt).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new ContractReceivable(contract.Id, contract.CustomerId, contract.Number, contract.AcceptsPayment, contract.AmountFen, received,
            [.. links.Select(l => new ContractPaymentLinkRow(l.Id, l.AmountFen, l.Reason, l.SentAt, l.ExpiresAt, l.StateAt(now), l.CreatedByName, l.PlanLineIds))]);
    }
}
