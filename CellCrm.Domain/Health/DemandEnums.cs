namespace CellCrm.Domain.Health;

/// <summary>审核状态 of a demand list (SPEC §3.2).</summary>
public enum DemandReviewStatus
{
    /// <summary>待审核: being prepared (reports, questionnaire), not yet submitted.</summary>
    Pending = 0,

    /// <summary>审核中: with the medical expert, or the plan loop is running.</summary>
    InReview = 1,

    /// <summary>审核驳回: the expert sent it back; the advisor completes it and submits again.</summary>
    Rejected = 2,

    /// <summary>已通过: the advisor agreed to the expert's plan.</summary>
    Approved = 3,
}

/// <summary>Where the plan loop (§3.5) stands while <see cref="DemandReviewStatus.InReview"/>.</summary>
public enum PlanStage
{
    None = 0,

    /// <summary>专家审核报告: the expert reviews the reports and questionnaire.</summary>
    ExpertReviewing = 1,

    /// <summary>待顾问确认: the expert issued a plan; the advisor agrees or asks for a change.</summary>
    AwaitingAdvisor = 2,

    /// <summary>专家修改方案: the advisor asked for a change; the expert issues a revised plan.</summary>
    ExpertRevising = 3,

    /// <summary>方案已确认.</summary>
    Agreed = 4,
}

/// <summary>细胞来源.</summary>
public enum CellSource
{
    /// <summary>自体.</summary>
    Autologous = 0,

    /// <summary>异体.</summary>
    Allogeneic = 1,
}

/// <summary>意向产品.</summary>
public enum IntendedCellProduct
{
    StemCell = 0,
    ImmuneCell = 1,
}

/// <summary>受者与储户关系.</summary>
public enum DonorRelationship
{
    Self = 0,
    ImmediateFamily = 1,
    OtherRelative = 2,
}

/// <summary>The advisor's answer to one plan version.</summary>
public enum PlanDecision
{
    Undecided = 0,
    Agreed = 1,
    ChangeRequested = 2,
}
