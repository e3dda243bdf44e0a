namespace CellCrm.Domain.Catalog;

public enum ProductType
{
    StemCell = 0,
    ImmuneCell = 1,
    Storage = 2,
    Prepayment = 3,
}
