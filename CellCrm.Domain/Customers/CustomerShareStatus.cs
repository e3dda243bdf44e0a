namespace CellCrm.Domain.Customers;

public enum CustomerShareStatus
{
    PendingApproval = 0,
    Active = 1,
    Kept = 2,
    Revoked = 3,
    Rejected = 4,
    Withdrawn = 5,
}
