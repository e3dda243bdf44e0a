namespace CellCrm.BackOffice.Services.Admin;

public sealed record StaffListPage(IReadOnlyList<StaffListRow> Rows, int PageNumber, bool HasNext)
{
    public const int PageSize = 20;

    public bool HasPrevious => PageNumber > 1;
}
