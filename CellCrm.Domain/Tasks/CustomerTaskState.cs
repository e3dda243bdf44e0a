namespace CellCrm.Domain.Tasks;

public enum CustomerTaskState
{
    Pending = 0,
    Done = 1,
    Cancelled = 2,
}
