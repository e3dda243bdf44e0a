namespace CellCrm.Domain.Tasks;

public enum BulkPushState
{
    Queued = 0,
    Running = 1,
    Completed = 2,
}
