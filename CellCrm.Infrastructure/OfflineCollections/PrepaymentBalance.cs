namespace CellCrm.Infrastructure.OfflineCollections;

/// <summary>One 预付款订单 of a customer with what was paid into it, deducted from it, and the balance, in fen.</summary>
public sealed record PrepaymentBalance(Guid OrderId, string Number, long AmountFen, long PaidFen, long DeductedFen)
{
    public long BalanceFen => Math.Max(0, PaidFen - DeductedFen);
}
