namespace CellCrm.Domain.PaymentSplits;

public enum PaymentSplitStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Withdrawn = 3,
}
