using CellCrm.Domain.Common;

namespace CellCrm.Domain.Approvals;

/// <summary>One staff member who may decide a step.</summary>
public class ApprovalAssignee : Entity
{
    private ApprovalAssignee()
    {
        StaffName = "";
    }

    internal ApprovalAssignee(Guid stepId, Guid requestId, StaffRef staff)
    {
        StepId = stepId;
        RequestId = requestId;
        StaffId = staff.Id;
        StaffName = staff.Name;
    }

    public Guid StepId { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid StaffId { get; private set; }

    public string StaffName { get; private set; }
}
