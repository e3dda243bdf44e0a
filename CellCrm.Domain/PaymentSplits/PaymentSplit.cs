using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.PaymentSplits;

/// <summary>回款拆单 (seed 000 §5.4): one received amount split between advisors and hospitals by ratio. The ratios
/// total exactly 100 % and the line amounts are computed here by <see cref="RatioAllocation"/>, so they always add
/// up to the received amount. The regional manager approves it on the approval mechanism; a refund of the receipt
/// later takes money back from the lines in proportion to what each still holds (same rounding rule).</summary>
public class PaymentSplit : AggregateRoot
{
    public const string NumberPrefix = "HKCD";
    public const int NumberMaxLength = 20;
    public const int MaxLines = 20;
    public const int FullRatio = 10_000;
    public const int ReasonMaxLength = 500;

    private readonly List<PaymentSplitLine> _lines = [];
    private readonly List<PaymentSplitReversal> _reversals = [];

    private PaymentSplit()
    {
        Number = "";
    }

    public PaymentSplit(string number, SplitReceipt receipt, IReadOnlyList<SplitLineDraft> lines, Guid applicantId, Guid departmentId,
        Guid requestKey, DateTimeOffset now)
        : this()
    {
        if (receipt.AmountFen <= 0)
        {
            throw new DomainException("回款金额须大于0才能拆单");
        }

        Number = Guard.Required(number, "拆单编号", NumberMaxLength);
        SourceKind = receipt.Kind;
        SourceId = receipt.Id;
        ActiveSourceId = receipt.Id;
        CustomerId = receipt.CustomerId;
        ContractId = receipt.ContractId;
        ReceivedFen = receipt.AmountFen;
        ReceivedAt = receipt.ReceivedAt;
        ApplicantId = applicantId;
        DepartmentId = departmentId;
        RequestKey = requestKey;
        CreatedAt = now;
        Status = PaymentSplitStatus.Pending;
        SetLines(lines);
    }

    public string Number { get; private set; }

    public SplitSourceKind SourceKind { get; private set; }

    /// <summary>The payment or offline collection that was split.</summary>
    public Guid SourceId { get; private set; }

    /// <summary>The source while this split is pending or approved, null once rejected or withdrawn: unique per
    /// source kind, so a receipt is never split twice at once.</summary>
    public Guid? ActiveSourceId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? ContractId { get; private set; }

    /// <summary>本次回款金额.</summary>
    public long ReceivedFen { get; private set; }

    /// <summary>回款日期.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    public Guid ApplicantId { get; private set; }

    public Guid DepartmentId { get; private set; }

    /// <summary>Issued with the form, so submitting it twice creates one split.</summary>
    public Guid RequestKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public PaymentSplitStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public IReadOnlyCollection<PaymentSplitLine> Lines => _lines.AsReadOnly();

    public IReadOnlyCollection<PaymentSplitReversal> Reversals => _reversals.AsReadOnly();

    public long ReversedFen => _lines.Sum(l => l.ReversedFen);

    public void Approve(DateTimeOffset now)
    {
        EnsurePending();
        Status = PaymentSplitStatus.Approved;
        DecidedAt = now;
    }

    public void Reject(string? reason, DateTimeOffset now)
    {
        EnsurePending();
        Status = PaymentSplitStatus.Rejected;
        RejectionReason = Guard.Optional(reason, "驳回原因", ReasonMaxLength);
        DecidedAt = now;
        ActiveSourceId = null;
    }

    public void Withdraw(DateTimeOffset now)
    {
        EnsurePending();
        Status = PaymentSplitStatus.Withdrawn;
        DecidedAt = now;
        ActiveSourceId = null;
    }

    /// <summary>Sent again after a rejection or a withdrawal (the receipt must not have been split meanwhile:
    /// the unique active source refuses that when saving).</summary>
    public void Reopen()
    {
        if (Status is not (PaymentSplitStatus.Rejected or PaymentSplitStatus.Withdrawn))
        {
            throw new DomainException("只有被驳回或已撤回的拆单可以重新提交");
        }

        Status = PaymentSplitStatus.Pending;
        DecidedAt = null;
        RejectionReason = null;
        ActiveSourceId = SourceId;
    }

    /// <summary>A refund of <paramref name="refundFen"/> from the split receipt: takes it back from the lines in
    /// proportion to what each still holds (largest remainder, ties to the earlier line), so no line gives back
    /// more than it holds and a refund of everything left empties every line. The same refund reference is
    /// reversed once; a repeat returns nothing.</summary>
    public IReadOnlyList<PaymentSplitReversal> ReverseForRefund(string refundReference, long refundFen, DateTimeOffset now)
    {
        var reference = Guard.Required(refundReference, "退款单号", PaymentSplitReversal.ReferenceMaxLength);
        if (_reversals.Any(r => r.RefundReference == reference))
        {
            return [];
        }

        if (Status != PaymentSplitStatus.Approved)
        {
            throw new DomainException($"拆单{Number}{PaymentSplitLabels.Of(Status)}，只有审批通过的拆单需要冲减");
        }

        var remaining = _lines.Sum(l => l.RemainingFen);
        if (refundFen <= 0 || refundFen > remaining)
        {
            throw new DomainException($"退款金额须大于0且不超过拆单剩余金额{Money.Yuan(remaining)}元");
        }

        var ordered = _lines.OrderBy(l => l.Sort).ToList();
        var parts = RatioAllocation.Allocate(refundFen, ordered.Select(l => l.RemainingFen).ToList());
        var reversals = new List<PaymentSplitReversal>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (parts[i] == 0)
            {
                continue;
            }

            ordered[i].Reverse(parts[i]);
            reversals.Add(new PaymentSplitReversal(Id, ordered[i].Id, reference, refundFen, parts[i], now));
        }

        _reversals.AddRange(reversals);
        return reversals;
    }

    private void SetLines(IReadOnlyList<SplitLineDraft> drafts)
    {
        if (drafts.Count == 0)
        {
            throw new DomainException("请至少添加一条拆单明细", "Lines");
        }

        if (drafts.Count > MaxLines)
        {
            throw new DomainException($"拆单明细不能超过{MaxLines}条", "Lines");
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].RatioBasisPoints is <= 0 or > FullRatio)
            {
                throw new DomainException($"第{i + 1}行的比例须大于0且不超过100%", $"Lines[{i}].Ratio");
            }
        }

        if (drafts.GroupBy(d => (d.AdvisorId, d.HospitalId)).Any(g => g.Count() > 1))
        {
            throw new DomainException("同一顾问和拆分医院只能填写一行", "Lines");
        }

        // Summed as long: twenty lines of 100 % each must not wrap around.
        if (drafts.Sum(d => (long)d.RatioBasisPoints) != FullRatio)
        {
            throw new DomainException("拆分比例合计必须为100%", "Lines");
        }

        var amounts = RatioAllocation.Allocate(ReceivedFen, drafts.Select(d => (long)d.RatioBasisPoints).ToList());
        _lines.Clear();
        _lines.AddRange(drafts.Select((d, i) => new PaymentSplitLine(Id, i, d, amounts[i])));
    }

    private void EnsurePending()
    {
        if (Status != PaymentSplitStatus.Pending)
        {
            throw new DomainException($"拆单{Number}{PaymentSplitLabels.Of(Status)}，不能再审批");
        }
    }
}
