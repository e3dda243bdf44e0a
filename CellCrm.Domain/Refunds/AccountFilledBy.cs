namespace CellCrm.Domain.Refunds;

/// <summary>Who entered the refund account: staff on the customer's behalf, or the customer in the portal.</summary>
public enum AccountFilledBy
{
    Staff = 0,
    Customer = 1,
}
