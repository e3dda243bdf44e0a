using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;

namespace CellCrm.Domain.Tests.Approvals;

public class ApprovalFlowDefinitionTests
{
    [Fact]
    public void StepsFor_AddsTheConditionalStep_OnlyFromItsAmount()
    {
        var flow = new ApprovalFlowDefinition(ApprovalBusinessType.Refund, "退款申请审批", false,
        [
            new ApprovalStepSpec("组长审批", ApproverKind.SubmitterLeader),
            new ApprovalStepSpec("财务审批", ApproverKind.Role, StaffRoles.Finance, MinAmountFen: 10_000_00),
        ]);

        Assert.Single(flow.StepsFor(9_999_99));
        Assert.Equal(2, flow.StepsFor(10_000_00).Count);
    }

    [Fact]
    public void Constructor_RoleStepWithoutRole_IsRefused() =>
        Assert.Throws<DomainException>(() => new ApprovalFlowDefinition(ApprovalBusinessType.Refund, "x", false,
            [new ApprovalStepSpec("财务审批", ApproverKind.Role)]));

    [Fact]
    public void Constructor_OnlyConditionalSteps_IsRefused() =>
        Assert.Throws<DomainException>(() => new ApprovalFlowDefinition(ApprovalBusinessType.Refund, "x", false,
            [new ApprovalStepSpec("财务审批", ApproverKind.Role, StaffRoles.Finance, MinAmountFen: 1)]));

    [Fact]
    public void Constructor_NoSteps_IsRefused() =>
        Assert.Throws<DomainException>(() => new ApprovalFlowDefinition(ApprovalBusinessType.Refund, "x", false, []));
}
