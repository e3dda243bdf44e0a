namespace CellCrm.BackOffice.Services;

public enum CustomerAccessResult
{
    NotFound = 0,
    Denied = 1,
    Allowed = 2,
}
