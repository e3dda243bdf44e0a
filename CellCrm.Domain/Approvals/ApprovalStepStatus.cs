namespace CellCrm.Domain.Approvals;

public enum ApprovalStepStatus
{
    Waiting = 0,
    Current = 1,
    Approved = 2,
    Rejected = 3,
    Cancelled = 4,
}
