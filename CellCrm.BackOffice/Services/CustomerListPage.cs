using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Services;

/// <summary>One page of the customer list. Whether a next page exists is known from one extra row, never from
/// counting the table.</summary>
public sealed record CustomerListPage(IReadOnlyList<CustomerListRow> Rows, int PageNumber, bool HasNext, CustomerKeywordKind KeywordKind)
{
    public const int PageSize = 20;

    public bool HasPrevious => PageNumber > 1;
}
