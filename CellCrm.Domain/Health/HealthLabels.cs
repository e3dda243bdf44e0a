namespace CellCrm.Domain.Health;

/// <summary>The Chinese names of the health flow's values, as the manuals write them.</summary>
public static class HealthLabels
{
    public static string Of(DemandReviewStatus status) => status switch
    {
        DemandReviewStatus.Pending => "待审核",
        DemandReviewStatus.InReview => "审核中",
        DemandReviewStatus.Rejected => "审核驳回",
        DemandReviewStatus.Approved => "已通过",
    };

    public static string Of(PlanStage stage) => stage switch
    {
        PlanStage.None => "未提交",
        PlanStage.ExpertReviewing => "专家审核报告",
        PlanStage.AwaitingAdvisor => "待顾问确认方案",
        PlanStage.ExpertRevising => "专家修改方案",
        PlanStage.Agreed => "方案已确认",
    };

    public static string Of(CellSource source) => source switch
    {
        CellSource.Autologous => "自体",
        CellSource.Allogeneic => "异体",
    };

    public static string Of(IntendedCellProduct product) => product switch
    {
        IntendedCellProduct.StemCell => "干细胞",
        IntendedCellProduct.ImmuneCell => "免疫细胞",
    };

    public static string Of(DonorRelationship relationship) => relationship switch
    {
        DonorRelationship.Self => "本人",
        DonorRelationship.ImmediateFamily => "直系亲属",
        DonorRelationship.OtherRelative => "非直系亲属",
    };

    public static string Of(PlanDecision decision) => decision switch
    {
        PlanDecision.Undecided => "待确认",
        PlanDecision.Agreed => "同意",
        PlanDecision.ChangeRequested => "不同意，要求修改",
    };
}
