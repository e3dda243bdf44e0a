namespace CellCrm.Domain.Payments;

public enum PlanLineState
{
    Unpaid,
    PartlyPaid,
    Paid,
}
