using CellCrm.BackOffice.Services;

namespace CellCrm.BackOffice.Pages.Customers;

/// <summary>What the shared _CustomerForm partial needs from the Create and Edit pages.</summary>
public interface ICustomerForm
{
    CustomerInput Input { get; }

    IReadOnlyList<DuplicateNotice> Duplicates { get; }

    /// <summary>The current family archive's name when editing; null on create.</summary>
    string? CurrentFamilyName { get; }
}
