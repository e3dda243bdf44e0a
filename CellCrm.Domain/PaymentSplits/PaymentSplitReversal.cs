using CellCrm.Domain.Common;

namespace CellCrm.Domain.PaymentSplits;

/// <summary>What one refund took back from one split line (冲减).</summary>
public class PaymentSplitReversal : Entity
{
    public const int ReferenceMaxLength = 64;

    private PaymentSplitReversal()
    {
        RefundReference = "";
    }

    internal PaymentSplitReversal(Guid splitId, Guid lineId, string refundReference, long refundFen, long amountFen, DateTimeOffset at)
    {
        SplitId = splitId;
        LineId = lineId;
        RefundReference = refundReference;
        RefundFen = refundFen;
        AmountFen = amountFen;
        At = at;
    }

    public Guid SplitId { get; private set; }

    public Guid LineId { get; private set; }

    /// <summary>The refund this reversal belongs to (its number or id), so the same refund is never reversed twice.</summary>
    public string RefundReference { get; private set; }

    /// <summary>The whole refund that was reversed across the lines.</summary>
    public long RefundFen { get; private set; }

    /// <summary>This line's part of it.</summary>
    public long AmountFen { get; private set; }

    public DateTimeOffset At { get; private set; }
}
