namespace CellCrm.Domain.Customers;

public enum ShareType
{
    Lead = 0,
    Customer = 1,
}
