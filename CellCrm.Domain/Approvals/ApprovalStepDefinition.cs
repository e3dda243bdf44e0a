using CellCrm.Domain.Common;

namespace CellCrm.Domain.Approvals;

/// <summary>One configured step of a flow: who approves, and optionally from which amount on it applies.</summary>
public class ApprovalStepDefinition : Entity
{
    public const int NameMaxLength = 30;

    private ApprovalStepDefinition()
    {
        Name = "";
    }

    internal ApprovalStepDefinition(Guid flowId, int order, string name, ApproverKind kind, string? role, Guid? staffId, long? minAmountFen)
    {
        FlowId = flowId;
        Order = order;
        Name = Guard.Required(name, "步骤名称", NameMaxLength, nameof(Name));
        Kind = kind;
        Role = role;
        StaffId = staffId;
        MinAmountFen = minAmountFen;
        Validate();
    }

    public Guid FlowId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; }

    public ApproverKind Kind { get; private set; }

    public string? Role { get; private set; }

    public Guid? StaffId { get; private set; }

    /// <summary>When set, the step applies only to requests of at least this amount (e.g. large refunds).</summary>
    public long? MinAmountFen { get; private set; }

    public bool AppliesTo(long? amountFen) => MinAmountFen is not { } min || (amountFen ?? 0) >= min;

    private void Validate()
    {
        if (Kind is ApproverKind.Role or ApproverKind.LeaderWithRoleAbove && string.IsNullOrWhiteSpace(Role))
        {
            throw new DomainException($"步骤“{Name}”须指定审批角色", nameof(Role));
        }

        if (Kind == ApproverKind.NamedStaff && StaffId is null)
        {
            throw new DomainException($"步骤“{Name}”须指定审批人", nameof(StaffId));
        }

        if (MinAmountFen is < 0)
        {
            throw new DomainException("金额条件不能为负数", nameof(MinAmountFen));
        }
    }
}
