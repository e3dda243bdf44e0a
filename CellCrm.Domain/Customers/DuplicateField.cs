namespace CellCrm.Domain.Customers;

public enum DuplicateField
{
    Mobile = 0,
    IdNumber = 1,
}
