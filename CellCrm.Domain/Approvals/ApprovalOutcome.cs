namespace CellCrm.Domain.Approvals;

/// <summary>What an action did to the request as a whole; the business object reacts to the final ones.</summary>
public enum ApprovalOutcome
{
    StillPending = 0,
    Approved = 1,
    Rejected = 2,
    Withdrawn = 3,
    Resubmitted = 4,
}
