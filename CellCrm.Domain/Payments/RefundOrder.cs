using CellCrm.Domain.Common;

namespace CellCrm.Domain.Payments;

/// <summary>A refund of (part of) a paid order, in fen. <see cref="OutRefundNo"/> is our unique number for it:
/// asking again with the same number refers to the same refund, never a second one.</summary>
public sealed record RefundOrder
{
    public const int ReasonMaxLength = 80;

    public RefundOrder(string outTradeNo, string outRefundNo, long refundFen, long totalFen, string? reason = null)
    {
        OutTradeNo = PaymentNumbers.OutTradeNo(outTradeNo);
        OutRefundNo = PaymentNumbers.OutRefundNo(outRefundNo);
        if (totalFen <= 0)
        {
            throw new DomainException("原订单金额应大于0", nameof(TotalFen));
        }

        if (refundFen <= 0 || refundFen > totalFen)
        {
            throw new DomainException("退款金额应大于0且不超过原订单金额", nameof(RefundFen));
        }

        RefundFen = refundFen;
        TotalFen = totalFen;
        Reason = Guard.Optional(reason, "退款原因", ReasonMaxLength, nameof(Reason));
    }

    public string OutTradeNo { get; }

    public string OutRefundNo { get; }

    public long RefundFen { get; }

    public long TotalFen { get; }

    public string? Reason { get; }
}
