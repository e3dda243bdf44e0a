namespace CellCrm.Infrastructure.Contracts;

/// <summary>优惠申请详情 as the advisor fills it in (amounts in fen).</summary>
public sealed record DiscountRequest(Guid CustomerId, Guid PolicyId, string? VipSource, string Reason, long AmountBeforeFen, long DiscountFen);
