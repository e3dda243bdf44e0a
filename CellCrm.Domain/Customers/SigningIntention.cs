namespace CellCrm.Domain.Customers;

public enum SigningIntention
{
    Unknown = 0,
    High = 1,
    Medium = 2,
    Low = 3,
}
