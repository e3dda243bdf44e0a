using CellCrm.Domain.Common;

namespace CellCrm.Domain.PaymentSplits;

/// <summary>回款拆单明细: the advisor and hospital credited with a share of the received amount.</summary>
public class PaymentSplitLine : Entity
{
    public const int NameMaxLength = 100;

    private PaymentSplitLine()
    {
        AdvisorName = "";
        HospitalName = "";
    }

    internal PaymentSplitLine(Guid splitId, int sort, SplitLineDraft draft, long amountFen)
    {
        SplitId = splitId;
        Sort = sort;
        AdvisorId = draft.AdvisorId;
        AdvisorName = Guard.Required(draft.AdvisorName, "顾问", NameMaxLength);
        HospitalId = draft.HospitalId;
        HospitalName = Guard.Required(draft.HospitalName, "拆分医院", NameMaxLength);
        RatioBasisPoints = draft.RatioBasisPoints;
        AmountFen = amountFen;
    }

    public Guid SplitId { get; private set; }

    public int Sort { get; private set; }

    public Guid AdvisorId { get; private set; }

    public string AdvisorName { get; private set; }

    public Guid HospitalId { get; private set; }

    public string HospitalName { get; private set; }

    /// <summary>比例 in 0.01 % units: 10000 is 100 %.</summary>
    public int RatioBasisPoints { get; private set; }

    /// <summary>回款金额 of this line.</summary>
    public long AmountFen { get; private set; }

    /// <summary>退款金额: what refunds have taken back from this line so far; never above <see cref="AmountFen"/>.</summary>
    public long ReversedFen { get; private set; }

    public long RemainingFen => AmountFen - ReversedFen;

    internal void Reverse(long fen) => ReversedFen += fen;
}
