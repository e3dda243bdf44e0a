namespace CellCrm.Domain.Customers;

/// <summary>Where a customer stands: with an owner, in the customer pool (公海) without one, or in the recycle bin.</summary>
public enum CustomerStatus
{
    Active = 0,
    InPool = 1,
    Recycled = 2,
}
