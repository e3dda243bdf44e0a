namespace CellCrm.Domain.Customers;

public enum CustomerKeywordKind
{
    None = 0,
    Mobile = 1,
    IdNumber = 2,
    Name = 3,

    /// <summary>Digits that are neither a whole mobile nor a whole ID number: personal numbers are stored
    /// encrypted, so only exact matches can be searched.</summary>
    IncompleteNumber = 4,
}
