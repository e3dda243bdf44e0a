namespace CellCrm.Domain.Customers;

public enum PoolClaimStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Withdrawn = 3,
}
