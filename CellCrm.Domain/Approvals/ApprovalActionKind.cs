namespace CellCrm.Domain.Approvals;

public enum ApprovalActionKind
{
    Submitted = 0,
    Resubmitted = 1,
    Approved = 2,
    Rejected = 3,
    Withdrawn = 4,
    Reassigned = 5,
    Commented = 6,
    Completed = 7,
}
