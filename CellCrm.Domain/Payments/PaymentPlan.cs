using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.Payments;

/// <summary>回款计划 of one contract (SPEC §3.4, seed 000 §5.1): the instalments (期次) with their due dates and amounts
/// in fen, which together make exactly the contract amount. The contract's owner sets them while nothing received is
/// allocated to them and no payment link bound to a line is waiting to be paid; what was received is spread over the
/// lines by <see cref="PlanAllocation"/>.</summary>
public class PaymentPlan : AggregateRoot
{
    public const int MaxLines = 36;
    public const int NameMaxLength = 30;

    private readonly List<PaymentPlanLine> _lines = [];

    private PaymentPlan()
    {
        UpdatedByName = "";
    }

    private PaymentPlan(Guid contractId) : this()
    {
        ContractId = contractId;
    }

    public Guid ContractId { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid UpdatedById { get; private set; }

    public string UpdatedByName { get; private set; }

    /// <summary>The instalments in 期次 order (which is due-date order).</summary>
    public IReadOnlyCollection<PaymentPlanLine> Lines => _lines.OrderBy(l => l.Period).ToList().AsReadOnly();

    /// <summary>The plan total, equal to the contract amount when it was set.</summary>
    public long TotalFen => _lines.Sum(l => l.AmountFen);

    /// <summary>A new plan for <paramref name="contract"/>, set by the same rules as <see cref="Replace"/>.</summary>
    public static PaymentPlan Create(Contract contract, IReadOnlyList<PlanLineDraft> drafts, PlanEditState state, StaffRef staff, DateTimeOffset now)
    {
        var plan = new PaymentPlan(contract.Id);
        plan.Replace(contract, drafts, state, staff, now);
        return plan;
    }

    /// <summary>Sets the instalments. Numbered 第1期, 第2期 … in due-date order (equal dates keep the entered order).
    /// Refused for anyone but the contract's owner, for a draft or terminated contract, once money received is
    /// allocated to the plan, while a link bound to a line is waiting to be paid, and when the total is not the
    /// contract amount.</summary>
    public void Replace(Contract contract, IReadOnlyList<PlanLineDraft> drafts, PlanEditState state, StaffRef staff, DateTimeOffset now)
    {
        if (contract.Id != ContractId)
        {
            throw new DomainException("回款计划不属于该合同");
        }

        EnsureEditable(contract, state, staff.Id);
        if (drafts.Count == 0)
        {
            throw new DomainException("请至少添加一期回款计划", "Lines");
        }

        if (drafts.Count > MaxLines)
        {
            throw new DomainException($"回款计划最多{MaxLines}期", "Lines");
        }

        var checkedLines = new List<(DateOnly Due, long Amount, int Index)>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.DueDate is not { } due)
            {
                throw new DomainException("请填写计划回款日期", $"Lines[{i}].DueDate");
            }

            if (d.AmountFen is not { } amount)
            {
                throw new DomainException("请填写本期金额（最多两位小数）", $"Lines[{i}].Amount");
            }

            if (amount <= 0)
            {
                throw new DomainException("本期金额应大于0", $"Lines[{i}].Amount");
            }

            if (amount > Money.MaxFen)
            {
                throw new DomainException("本期金额过大", $"Lines[{i}].Amount");
            }

            checkedLines.Add((due, amount, i));
        }

        var total = checkedLines.Sum(l => l.Amount);
        if (total != contract.AmountFen)
        {
            var gap = contract.AmountFen - total;
            throw new DomainException(
                $"回款计划合计{Money.Yuan(total)}元与合同金额{Money.Yuan(contract.AmountFen)}元不符，" +
                (gap > 0 ? $"还差{Money.Yuan(gap)}元" : $"多出{Money.Yuan(-gap)}元"), "Lines");
        }

        _lines.Clear();
        var period = 1;
        foreach (var line in checkedLines.OrderBy(l => l.Due).ThenBy(l => l.Index))
        {
            _lines.Add(new PaymentPlanLine(Id, ContractId, period++, line.Due, line.Amount));
        }

        UpdatedAt = now;
        UpdatedById = staff.Id;
        UpdatedByName = staff.Name.Length > NameMaxLength ? staff.Name[..NameMaxLength] : staff.Name;
    }

    /// <summary>Why the plan cannot be changed now, or null when <paramref name="staffId"/> may change it.</summary>
    public static string? EditRefusal(Contract contract, PlanEditState state, Guid staffId)
    {
        if (staffId != contract.OwnerId)
        {
            return "只有合同负责人可以修改回款计划";
        }

        if (contract.Status is ContractStatus.Draft or ContractStatus.Terminated)
        {
            return $"合同{ContractLabels.Of(contract.Status)}，不能设置回款计划";
        }

        if (state.ReceivedFen > 0)
        {
            return "合同已有回款分配到回款计划，不能再修改";
        }

        if (state.BoundOpenLinks > 0)
        {
            return "回款计划有待支付的付款链接，请先取消后再修改";
        }

        return null;
    }

    private static void EnsureEditable(Contract contract, PlanEditState state, Guid staffId)
    {
        if (EditRefusal(contract, state, staffId) is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }
}
