using CellCrm.Domain.Common;
using CellCrm.Domain.Health;

namespace CellCrm.Domain.Tests.Health;

public class DemandListTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Advisor = Guid.NewGuid();
    private static readonly Guid Expert = Guid.NewGuid();
    private static readonly Guid Recipient = Guid.NewGuid();
    private static readonly Guid Mother = Guid.NewGuid();

    private static DemandDetails Autologous() => new(Recipient, null, DonorRelationship.Self, null, "K8MGX202601001", "三存",
        new DateOnly(2020, 5, 1), CellSource.Autologous, IntendedCellProduct.StemCell, " 抗衰 ", "身体健康", "改善睡眠", null, Expert);

    private static DemandList NewList() => new("DML202611001", Autologous(), "孙专家", Advisor, Guid.NewGuid(), Now);

    private static DemandList Submitted()
    {
        var list = NewList();
        list.MarkReportsComplete(2, Now);
        list.AttachSignedQuestionnaire(Guid.NewGuid(), Now);
        list.SubmitForReview(Advisor, Now);
        return list;
    }

    private static PlanContent Plan(int sessions = 3) => new("间充质干细胞", "静脉输注", "1×10⁸", sessions, null);

    [Fact]
    public void New_IsPendingWithTheRecipientAsDonor_AndTrimmedText()
    {
        var list = NewList();

        Assert.Equal(DemandReviewStatus.Pending, list.ReviewStatus);
        Assert.Equal(Recipient, list.DonorId);
        Assert.Equal("抗衰", list.Purpose);
        Assert.True(list.IsEditable);
    }

    [Fact]
    public void AutologousCells_OfAFriend_AreAllowed_AsInTheManual()
    {
        // Seed 000 §3.3: 细胞来源 自体, 储户 龙鹏, 关系 非直系亲属 / 朋友.
        var details = Autologous() with { Relationship = DonorRelationship.OtherRelative, DonorId = Mother, RelationshipDetail = "朋友" };

        var list = new DemandList("DML202611001", details, "孙专家", Advisor, Guid.NewGuid(), Now);

        Assert.Equal(Mother, list.DonorId);
        Assert.Equal("朋友", list.RelationshipDetail);
    }

    [Fact]
    public void AnotherDonor_NeedsTheRelationshipDetail_AndCannotBeTheRecipient()
    {
        var details = Autologous() with { CellSource = CellSource.Allogeneic, Relationship = DonorRelationship.ImmediateFamily, DonorId = Mother };
        var e = Assert.Throws<DomainException>(() => details.Validated(DateOnly.FromDateTime(Now.Date)));
        Assert.Equal("RelationshipDetail", e.Field);

        var same = details with { DonorId = Recipient, RelationshipDetail = "母女" };
        Assert.Equal("储户与受者为同一人时，关系应为本人", Assert.Throws<DomainException>(() => same.Validated(DateOnly.FromDateTime(Now.Date))).Message);

        var ok = (details with { RelationshipDetail = "母女" }).Validated(DateOnly.FromDateTime(Now.Date));
        Assert.Equal(Mother, ok.DonorId);
    }

    [Theory]
    [InlineData("", "请填写用途")]
    [InlineData("   ", "请填写用途")]
    public void RequiredFields_AreNamedInChinese(string purpose, string message)
    {
        var details = Autologous() with { Purpose = purpose };

        var e = Assert.Throws<DomainException>(() => details.Validated(DateOnly.FromDateTime(Now.Date)));
        Assert.Equal(message, e.Message);
        Assert.Equal("Purpose", e.Field);
    }

    [Fact]
    public void StorageDate_InTheFuture_IsRefused()
    {
        var details = Autologous() with { StorageDate = new DateOnly(2026, 11, 28) };

        Assert.Equal("存储日期不能晚于今天", Assert.Throws<DomainException>(() => details.Validated(new DateOnly(2026, 11, 27))).Message);
    }

    [Fact]
    public void Submit_IsRefused_UntilReportsAreCompleteAndASignedQuestionnaireExists()
    {
        var list = NewList();
        Assert.Equal("体检报告尚未上传完成，不能提交审批", Assert.Throws<DomainException>(() => list.SubmitForReview(Advisor, Now)).Message);

        Assert.Equal("请先上传体检报告，再点击完成上传", Assert.Throws<DomainException>(() => list.MarkReportsComplete(0, Now)).Message);
        list.MarkReportsComplete(1, Now);
        Assert.Equal("客户尚未提交签名的健康调查，不能提交审批", Assert.Throws<DomainException>(() => list.SubmitForReview(Advisor, Now)).Message);

        list.AttachSignedQuestionnaire(Guid.NewGuid(), Now);
        list.SubmitForReview(Advisor, Now);
        Assert.Equal(DemandReviewStatus.InReview, list.ReviewStatus);
        Assert.Equal(PlanStage.ExpertReviewing, list.Stage);
        Assert.False(list.IsEditable);
        Assert.Contains("不能重复提交", Assert.Throws<DomainException>(() => list.SubmitForReview(Advisor, Now)).Message);
    }

    [Fact]
    public void Questionnaire_IsSubmittedOnce()
    {
        var list = NewList();
        list.AttachSignedQuestionnaire(Guid.NewGuid(), Now);

        Assert.Equal("健康调查已提交，请勿重复提交", Assert.Throws<DomainException>(() => list.AttachSignedQuestionnaire(Guid.NewGuid(), Now)).Message);
    }

    [Fact]
    public void PlanLoop_IssueDisagreeReviseAgree_KeepsEveryVersion()
    {
        var list = Submitted();

        var first = list.IssuePlan(Expert, "孙专家", Plan(3), Now.AddHours(1));
        Assert.Equal(PlanStage.AwaitingAdvisor, list.Stage);
        Assert.Equal("方案已出具，正在等待顾问确认", Assert.Throws<DomainException>(() => list.IssuePlan(Expert, "孙专家", Plan(4), Now)).Message);

        list.RequestPlanChange(Advisor, "客户希望分两次回输", Now.AddHours(2));
        Assert.Equal(PlanStage.ExpertRevising, list.Stage);
        Assert.Equal(DemandReviewStatus.InReview, list.ReviewStatus);

        var second = list.IssuePlan(Expert, "孙专家", Plan(2), Now.AddHours(3));
        list.AgreePlan(Advisor, "同意", Now.AddHours(4));

        Assert.Equal(DemandReviewStatus.Approved, list.ReviewStatus);
        Assert.Equal(PlanStage.Agreed, list.Stage);
        Assert.Equal([1, 2], list.Plans.Select(p => p.Number));
        Assert.Equal(PlanDecision.ChangeRequested, first.Decision);
        Assert.Equal("客户希望分两次回输", first.DecisionComment);
        Assert.Equal(3, first.Sessions);
        Assert.Equal(PlanDecision.Agreed, second.Decision);
        Assert.Equal(2, list.CurrentPlan!.Sessions);
        Assert.Equal(Now.AddHours(4), list.ApprovedAt);
    }

    [Fact]
    public void OnlyTheListsExpert_ReviewsAndIssuesPlans_AndOnlyTheAdvisor_Decides()
    {
        var list = Submitted();
        var stranger = Guid.NewGuid();

        Assert.Equal("只有本需求清单的医学专家（孙专家）可以审核和出具方案",
            Assert.Throws<DomainException>(() => list.IssuePlan(stranger, "周专家", Plan(), Now)).Message);
        Assert.Empty(list.Plans);

        list.IssuePlan(Expert, "孙专家", Plan(), Now);
        Assert.Equal("只有负责该需求清单的顾问可以确认方案", Assert.Throws<DomainException>(() => list.AgreePlan(Expert, null, Now)).Message);
        Assert.Equal(PlanStage.AwaitingAdvisor, list.Stage);
    }

    [Fact]
    public void ChangeRequest_NeedsAComment()
    {
        var list = Submitted();
        list.IssuePlan(Expert, "孙专家", Plan(), Now);

        Assert.Equal("请填写修改意见", Assert.Throws<DomainException>(() => list.RequestPlanChange(Advisor, " ", Now)).Message);
        Assert.Equal(PlanDecision.Undecided, list.CurrentPlan!.Decision);
    }

    [Fact]
    public void ExpertRejection_ReturnsTheListForCompletion_ThenItCanBeResubmitted()
    {
        var list = Submitted();

        list.RejectByExpert(Expert, "缺少近六个月的血常规报告", Now);
        Assert.Equal(DemandReviewStatus.Rejected, list.ReviewStatus);
        Assert.True(list.IsEditable);

        list.ReopenReports();
        Assert.Contains("体检报告尚未上传完成", Assert.Throws<DomainException>(() => list.SubmitForReview(Advisor, Now)).Message);
        list.MarkReportsComplete(3, Now);
        list.SubmitForReview(Advisor, Now.AddDays(1));
        Assert.Equal(DemandReviewStatus.InReview, list.ReviewStatus);
        Assert.Null(list.RejectionReason);
    }

    [Fact]
    public void ApprovedList_CannotBeEditedOrPushedAgain()
    {
        var list = Submitted();
        list.IssuePlan(Expert, "孙专家", Plan(), Now);
        list.AgreePlan(Advisor, null, Now);

        Assert.Contains("不能修改", Assert.Throws<DomainException>(() => list.Update(Autologous(), "孙专家", Now)).Message);
        Assert.Equal("需求清单已通过审核，不能再推送健康调查", Assert.Throws<DomainException>(() => list.RecordQuestionnairePushed(Advisor, Now)).Message);
    }

    [Fact]
    public void PushAndSubmit_ByAnyoneButTheResponsibleAdvisor_AreRefused()
    {
        var list = NewList();
        list.MarkReportsComplete(2, Now);
        list.AttachSignedQuestionnaire(Guid.NewGuid(), Now);

        Assert.Equal("只有负责该需求清单的顾问可以推送体检清单", Assert.Throws<DomainException>(() => list.RecordExamChecklistPushed(Expert, Now)).Message);
        Assert.Equal("只有负责该需求清单的顾问可以推送健康调查", Assert.Throws<DomainException>(() => list.RecordQuestionnairePushed(Expert, Now)).Message);
        Assert.Equal("只有负责该需求清单的顾问可以提交审批", Assert.Throws<DomainException>(() => list.SubmitForReview(Expert, Now)).Message);
        Assert.Null(list.ExamChecklistPushedAt);
        Assert.Null(list.QuestionnairePushedAt);
        Assert.Equal(DemandReviewStatus.Pending, list.ReviewStatus);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Plan_SessionsOutOfRange_AreRefused(int sessions)
    {
        Assert.Equal("疗程次数应在1到50次之间", Assert.Throws<DomainException>(() => Plan(sessions)).Message);
    }

    [Fact]
    public void Reports_AreOpenUntilComplete_ThenRefused_UntilReopened()
    {
        var list = NewList();
        Assert.True(list.ReportsOpen);
        list.EnsureReportsOpen();

        list.MarkReportsComplete(1, Now);
        list.MarkReportsComplete(3, Now.AddMinutes(5));

        Assert.Equal(Now, list.ReportsCompletedAt);
        Assert.False(list.ReportsOpen);
        var e = Assert.Throws<DomainException>(list.EnsureReportsOpen);
        Assert.StartsWith("体检报告已完成上传，不能再更改", e.Message);
        list.ReopenReports();
        Assert.True(list.ReportsOpen);
    }

    [Fact]
    public void Reports_OfASubmittedList_CannotChange()
    {
        var list = Submitted();

        Assert.False(list.ReportsOpen);
        Assert.Equal("需求清单已提交审核，体检报告不能再更改", Assert.Throws<DomainException>(list.EnsureReportsOpen).Message);
    }
}
