namespace CellCrm.BackOffice.Services.Approvals;

public enum InboxTab
{
    Todo = 0,
    Snoozed = 1,
    Done = 2,
    Mine = 3,
}
