using CellCrm.Domain.Common;

namespace CellCrm.Domain.Payments;

/// <summary>One instalment (期次) of a <see cref="PaymentPlan"/>: due date and amount in fen.</summary>
public class PaymentPlanLine : Entity
{
    private PaymentPlanLine()
    {
    }

    internal PaymentPlanLine(Guid planId, Guid contractId, int period, DateOnly dueDate, long amountFen)
    {
        PlanId = planId;
        ContractId = contractId;
        Period = period;
        DueDate = dueDate;
        AmountFen = amountFen;
    }

    public Guid PlanId { get; private set; }

    /// <summary>The contract, so the line's changes appear in the contract's 修改记录.</summary>
    public Guid ContractId { get; private set; }

    /// <summary>期次: 1, 2, … in due-date order.</summary>
    public int Period { get; private set; }

    public DateOnly DueDate { get; private set; }

    public long AmountFen { get; private set; }

    public string Label => $"第{Period}期";
}
