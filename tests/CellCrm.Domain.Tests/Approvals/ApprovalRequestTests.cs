using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;

namespace CellCrm.Domain.Tests.Approvals;

public class ApprovalRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly StaffRef Advisor = new(Guid.NewGuid(), "郭顾问");
    private static readonly StaffRef Leader = new(Guid.NewGuid(), "赵组长");
    private static readonly StaffRef Division = new(Guid.NewGuid(), "李分管");
    private static readonly StaffRef Other = new(Guid.NewGuid(), "陈顾问");

    private static ApprovalRequest TwoSteps(bool allowSelf = false) => ApprovalRequest.Submit(
        ApprovalBusinessType.Refund, Guid.NewGuid(), "退款申请", Advisor, Guid.NewGuid(), null, 100_00, allowSelf,
        [new ResolvedStep("组长审批", [Leader]), new ResolvedStep("分管领导审批", [Division])], "请审批", Now);

    [Fact]
    public void Submit_StartsTheFirstStep_AndRecordsTheSubmission()
    {
        var request = TwoSteps();

        Assert.Equal(ApprovalStatus.Pending, request.Status);
        Assert.Equal("组长审批", request.CurrentStep!.Name);
        Assert.True(request.IsAwaiting(Leader.Id));
        Assert.False(request.IsAwaiting(Division.Id));
        Assert.Equal(ApprovalActionKind.Submitted, Assert.Single(request.Actions).Kind);
    }

    [Fact]
    public void Approve_AllSteps_ApprovesTheRequest()
    {
        var request = TwoSteps();

        Assert.Equal(ApprovalOutcome.StillPending, request.Approve(Leader, null, Now));
        Assert.True(request.IsAwaiting(Division.Id));
        Assert.Equal(ApprovalOutcome.Approved, request.Approve(Division, "同意", Now.AddHours(1)));

        Assert.Equal(ApprovalStatus.Approved, request.Status);
        Assert.Null(request.CurrentStep);
        Assert.Equal(
            [ApprovalActionKind.Submitted, ApprovalActionKind.Approved, ApprovalActionKind.Approved, ApprovalActionKind.Completed],
            request.Actions.Select(a => a.Kind));
    }

    [Fact]
    public void Approve_ByWrongPerson_IsRefused_AndChangesNothing()
    {
        var request = TwoSteps();

        var error = Assert.Throws<DomainException>(() => request.Approve(Division, null, Now));

        Assert.Equal("您不是当前步骤的审批人", error.Message);
        Assert.Equal("组长审批", request.CurrentStep!.Name);
        Assert.Single(request.Actions);
    }

    [Fact]
    public void Approve_OwnSubmission_WhenFlowForbidsIt_IsRefused()
    {
        var request = ApprovalRequest.Submit(ApprovalBusinessType.Refund, Guid.NewGuid(), "退款", Leader, Guid.NewGuid(), null, null, false,
            [new ResolvedStep("组长审批", [Leader, Other])], null, Now);

        Assert.Equal("不能审批自己提交的申请", Assert.Throws<DomainException>(() => request.Approve(Leader, null, Now)).Message);
        Assert.DoesNotContain(request.CurrentStep!.Assignees, a => a.StaffId == Leader.Id);
    }

    [Fact]
    public void Submit_WhenOnlyTheSubmitterCouldApprove_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => ApprovalRequest.Submit(ApprovalBusinessType.Refund, Guid.NewGuid(), "退款", Leader,
            Guid.NewGuid(), null, null, false, [new ResolvedStep("组长审批", [Leader])], null, Now));
        Assert.Contains("找不到审批人", error.Message);
    }

    [Fact]
    public void Reject_RequiresAComment_ThenReturnsToSubmitter_WhoMayResubmit()
    {
        var request = TwoSteps();
        request.Approve(Leader, null, Now);

        Assert.Equal("驳回时请填写意见", Assert.Throws<DomainException>(() => request.Reject(Division, " ", Now)).Message);
        Assert.Equal(ApprovalOutcome.Rejected, request.Reject(Division, "金额有误", Now));
        Assert.Equal(ApprovalStatus.Rejected, request.Status);
        Assert.Throws<DomainException>(() => request.Approve(Division, null, Now));

        request.Resubmit(Advisor, [new ResolvedStep("组长审批", [Leader]), new ResolvedStep("分管领导审批", [Division])], "已更正", Now.AddDays(1));

        Assert.Equal(ApprovalStatus.Pending, request.Status);
        Assert.Equal(2, request.Round);
        Assert.True(request.IsAwaiting(Leader.Id));
        Assert.Equal(4, request.Steps.Count);
    }

    [Fact]
    public void Resubmit_ByAnotherPerson_OrWhilePending_IsRefused()
    {
        var request = TwoSteps();
        Assert.Throws<DomainException>(() => request.Resubmit(Advisor, [new ResolvedStep("组长审批", [Leader])], null, Now));
        request.Reject(Leader, "不同意", Now);
        Assert.Throws<DomainException>(() => request.Resubmit(Other, [new ResolvedStep("组长审批", [Leader])], null, Now));
    }

    [Fact]
    public void Withdraw_OnlyBySubmitter_WhileUndecided()
    {
        var request = TwoSteps();
        Assert.Equal("只有提交人可以撤回", Assert.Throws<DomainException>(() => request.Withdraw(Leader, null, Now)).Message);

        Assert.Equal(ApprovalOutcome.Withdrawn, request.Withdraw(Advisor, "信息填错", Now));

        Assert.Equal("该审批已撤回，不能再操作", Assert.Throws<DomainException>(() => request.Approve(Leader, null, Now)).Message);
    }

    [Fact]
    public void Reassign_HandsTheCurrentStepToAnotherPerson()
    {
        var request = TwoSteps();

        request.Reassign(Leader, Other, "我休假", actorIsAdministrator: false, Now);

        Assert.True(request.IsAwaiting(Other.Id));
        Assert.False(request.IsAwaiting(Leader.Id));
        Assert.Throws<DomainException>(() => request.Approve(Leader, null, Now));
        Assert.Equal(ApprovalOutcome.StillPending, request.Approve(Other, null, Now));
    }

    [Fact]
    public void Reassign_ByNonApprover_IsRefusedUnlessAdministrator()
    {
        var request = TwoSteps();
        Assert.Throws<DomainException>(() => request.Reassign(Other, Other, null, actorIsAdministrator: false, Now));
        request.Reassign(Other, Division, null, actorIsAdministrator: true, Now);
        Assert.True(request.IsAwaiting(Division.Id));
    }

    [Fact]
    public void Comment_AddsToTheTimeline_WithoutDeciding()
    {
        var request = TwoSteps();
        request.Comment(Division, "请补充材料", Now);
        Assert.Equal(ApprovalActionKind.Commented, request.Actions.Last().Kind);
        Assert.Equal(ApprovalStatus.Pending, request.Status);
    }
}
