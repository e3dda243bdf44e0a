using CellCrm.Domain.Common;

namespace CellCrm.Domain.Approvals;

/// <summary>The configured flow of one business type: ordered steps and whether a submitter may approve their
/// own request. Requests copy the steps when submitted, so editing a flow never changes running approvals.</summary>
public class ApprovalFlowDefinition : AggregateRoot
{
    public const int NameMaxLength = 40;
    public const int MaxSteps = 10;

    private readonly List<ApprovalStepDefinition> _steps = [];

    private ApprovalFlowDefinition()
    {
        Name = "";
    }

    public ApprovalFlowDefinition(ApprovalBusinessType businessType, string name, bool allowSelfApproval, IEnumerable<ApprovalStepSpec> steps)
    {
        BusinessType = businessType;
        Name = Guard.Required(name, "流程名称", NameMaxLength, nameof(Name));
        AllowSelfApproval = allowSelfApproval;
        ReplaceSteps(steps);
    }

    public ApprovalBusinessType BusinessType { get; private set; }

    public string Name { get; private set; }

    public bool AllowSelfApproval { get; private set; }

    /// <summary>The steps; <see cref="ApprovalStepDefinition.Order"/> gives their sequence.</summary>
    public IReadOnlyCollection<ApprovalStepDefinition> Steps => _steps.AsReadOnly();

    public void Update(string name, bool allowSelfApproval, IEnumerable<ApprovalStepSpec> steps)
    {
        Name = Guard.Required(name, "流程名称", NameMaxLength, nameof(Name));
        AllowSelfApproval = allowSelfApproval;
        ReplaceSteps(steps);
    }

    /// <summary>The steps that apply to a request of the given amount, in order.</summary>
    public IReadOnlyList<ApprovalStepDefinition> StepsFor(long? amountFen) =>
        _steps.OrderBy(s => s.Order).Where(s => s.AppliesTo(amountFen)).ToList();

    private void ReplaceSteps(IEnumerable<ApprovalStepSpec> specs)
    {
        var list = specs.ToList();
        if (list.Count == 0)
        {
            throw new DomainException("审批流程至少需要一个步骤", "Steps");
        }

        if (list.Count > MaxSteps)
        {
            throw new DomainException($"审批流程最多{MaxSteps}个步骤", "Steps");
        }

        var built = list.Select((s, i) => new ApprovalStepDefinition(Id, i + 1, s.Name, s.Kind, s.Role, s.StaffId, s.MinAmountFen)).ToList();
        if (built.All(s => s.MinAmountFen is not null))
        {
            throw new DomainException("至少一个步骤须不设金额条件，否则小额申请无人审批", "Steps");
        }

        _steps.Clear();
        _steps.AddRange(built);
    }
}
