namespace CellCrm.Domain.Approvals;

/// <summary>How a step finds its approver.</summary>
public enum ApproverKind
{
    /// <summary>Any active staff member with <see cref="ApprovalStepDefinition.Role"/>.</summary>
    Role = 0,

    /// <summary>The leader of the submitter's department (the next one up when the submitter leads it).</summary>
    SubmitterLeader = 1,

    /// <summary>The nearest leader up the submitter's tree who has <see cref="ApprovalStepDefinition.Role"/>
    /// (分管领导, 区域经理).</summary>
    LeaderWithRoleAbove = 2,

    /// <summary>The leader of the department the request is about (e.g. the group a pool customer came from).</summary>
    ContextDepartmentLeader = 3,

    /// <summary>One named staff member.</summary>
    NamedStaff = 4,
}
