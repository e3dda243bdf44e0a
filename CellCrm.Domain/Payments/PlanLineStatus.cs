namespace CellCrm.Domain.Payments;

/// <summary>An instalment with the part of the money received that falls to it.</summary>
public sealed record PlanLineStatus(Guid LineId, int Period, DateOnly DueDate, long AmountFen, long PaidFen, bool Overdue)
{
    public long OutstandingFen => AmountFen - PaidFen;

    public PlanLineState State => PaidFen == 0 ? PlanLineState.Unpaid : PaidFen < AmountFen ? PlanLineState.PartlyPaid : PlanLineState.Paid;

    public string Label => $"第{Period}期";

    public string StateLabel => PlanAllocation.Label(State);
}
