using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>需求清单 (SPEC §3.2, seed 000 §3.1–3.5): what a recipient needs, the exam reports and the signed
/// health questionnaire behind it, and the plan loop with the medical expert — the expert reviews, issues a plan,
/// the advisor agrees or asks for a change, the expert revises — until the advisor agrees (已通过). Every plan
/// version is kept.</summary>
public class DemandList : AggregateRoot
{
    public const string NumberPrefix = "DML";
    public const int NumberMaxLength = 20;
    public const int ReasonMaxLength = 500;

    private readonly List<DemandPlanVersion> _plans = [];

    private DemandList()
    {
        Number = "";
        Purpose = "";
        BasicSituation = "";
        Appeal = "";
        MedicalExpertName = "";
    }

    public DemandList(string number, DemandDetails details, string medicalExpertName, Guid ownerId, Guid departmentId, DateTimeOffset now)
        : this()
    {
        Number = Guard.Required(number, "编号", NumberMaxLength);
        Apply(details.Validated(ChinaTime.Today(now)), medicalExpertName);
        OwnerId = ownerId;
        DepartmentId = departmentId;
        CreatedAt = now;
        ReviewStatus = DemandReviewStatus.Pending;
        Stage = PlanStage.None;
    }

    /// <summary>DML + yyyyMM + sequence, unique.</summary>
    public string Number { get; private set; }

    /// <summary>受者: the customer the cells are for.</summary>
    public Guid RecipientId { get; private set; }

    /// <summary>储户: the customer whose stored cells are used (the recipient for 本人).</summary>
    public Guid DonorId { get; private set; }

    public DonorRelationship Relationship { get; private set; }

    public string? RelationshipDetail { get; private set; }

    public string? StorageContractNumber { get; private set; }

    public string? StorageType { get; private set; }

    public DateOnly? StorageDate { get; private set; }

    public CellSource CellSource { get; private set; }

    public IntendedCellProduct IntendedProduct { get; private set; }

    public string Purpose { get; private set; }

    public string BasicSituation { get; private set; }

    public string Appeal { get; private set; }

    public string? SpecialSituation { get; private set; }

    public Guid MedicalExpertId { get; private set; }

    public string MedicalExpertName { get; private set; }

    /// <summary>The advisor responsible (data scope follows owner and department, like customers).</summary>
    public Guid OwnerId { get; private set; }

    public Guid DepartmentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DemandReviewStatus ReviewStatus { get; private set; }

    public PlanStage Stage { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset? ExamChecklistPushedAt { get; private set; }

    public DateTimeOffset? QuestionnairePushedAt { get; private set; }

    /// <summary>When the reports were marked complete (完成上传); null while more may come.</summary>
    public DateTimeOffset? ReportsCompletedAt { get; private set; }

    /// <summary>The signed questionnaire (its answers, template version and signed PDF live with it).</summary>
    public Guid? QuestionnaireId { get; private set; }

    public DateTimeOffset? QuestionnaireSignedAt { get; private set; }

    public Guid? SubmittedById { get; private set; }

    /// <summary>The latest 提交审批 (a resubmission after 审核驳回 moves it).</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? RejectedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public IReadOnlyCollection<DemandPlanVersion> Plans => _plans.AsReadOnly();

    public DemandPlanVersion? CurrentPlan => _plans.MaxBy(p => p.Number);

    /// <summary>Whether the advisor may still change what was filled in.</summary>
    public bool IsEditable => ReviewStatus is DemandReviewStatus.Pending or DemandReviewStatus.Rejected;

    public void Update(DemandDetails details, string medicalExpertName, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new DomainException($"需求清单{Number}{HealthLabels.Of(ReviewStatus)}，不能修改");
        }

        Apply(details.Validated(ChinaTime.Today(now)), medicalExpertName);
    }

    /// <summary>推送体检清单 was sent (again) by the responsible advisor; the task and message live elsewhere.</summary>
    public void RecordExamChecklistPushed(Guid actorId, DateTimeOffset at)
    {
        EnsureOwner(actorId, "推送体检清单");
        EnsureNotApproved("推送体检清单");
        ExamChecklistPushedAt = at;
    }

    /// <summary>推送健康调查 was sent (again) by the responsible advisor.</summary>
    public void RecordQuestionnairePushed(Guid actorId, DateTimeOffset at)
    {
        EnsureOwner(actorId, "推送健康调查");
        EnsureNotApproved("推送健康调查");
        QuestionnairePushedAt = at;
    }

    /// <summary>完成上传: by the customer in the portal or by staff on the customer's behalf.</summary>
    public void MarkReportsComplete(int reportCount, DateTimeOffset at)
    {
        if (!IsEditable)
        {
            throw new DomainException("需求清单已提交审核，体检报告不能再更改");
        }

        if (reportCount < 1)
        {
            throw new DomainException("请先上传体检报告，再点击完成上传");
        }

        ReportsCompletedAt ??= at;
    }

    /// <summary>Whether reports may still be added or removed: until 完成上传, and only while the list is editable.</summary>
    public bool ReportsOpen => IsEditable && ReportsCompletedAt is null;

    /// <summary>Adding or removing a report (by the customer, or by staff on the customer's behalf) is allowed only
    /// before 完成上传; afterwards the advisor reopens the upload (<see cref="ReopenReports"/>) first.</summary>
    public void EnsureReportsOpen()
    {
        if (!IsEditable)
        {
            throw new DomainException("需求清单已提交审核，体检报告不能再更改");
        }

        if (ReportsCompletedAt is not null)
        {
            throw new DomainException("体检报告已完成上传，不能再更改；如需补充或删除，请联系您的顾问重新开放上传");
        }
    }

    /// <summary>More reports are expected after all (e.g. the expert asked for another one after a rejection).</summary>
    public void ReopenReports()
    {
        if (!IsEditable)
        {
            throw new DomainException("需求清单已提交审核，体检报告不能再更改");
        }

        ReportsCompletedAt = null;
    }

    /// <summary>The customer submitted the questionnaire signed by hand. Submitted once: a second submission is
    /// refused unless the list was sent back (审核驳回), when a new one replaces it.</summary>
    public void AttachSignedQuestionnaire(Guid questionnaireId, DateTimeOffset signedAt)
    {
        if (QuestionnaireId is not null && ReviewStatus != DemandReviewStatus.Rejected)
        {
            throw new DomainException("健康调查已提交，请勿重复提交");
        }

        QuestionnaireId = questionnaireId;
        QuestionnaireSignedAt = signedAt;
    }

    /// <summary>提交审批 by the responsible advisor: to the medical expert, once the reports are complete and a signed
    /// questionnaire exists.</summary>
    public void SubmitForReview(Guid actorId, DateTimeOffset now)
    {
        EnsureOwner(actorId, "提交审批");
        if (!IsEditable)
        {
            throw new DomainException($"需求清单{Number}{HealthLabels.Of(ReviewStatus)}，不能重复提交");
        }

        if (ReportsCompletedAt is null)
        {
            throw new DomainException("体检报告尚未上传完成，不能提交审批");
        }

        if (QuestionnaireId is null)
        {
            throw new DomainException("客户尚未提交签名的健康调查，不能提交审批");
        }

        ReviewStatus = DemandReviewStatus.InReview;
        Stage = PlanStage.ExpertReviewing;
        RejectionReason = null;
        SubmittedById = actorId;
        SubmittedAt = now;
    }

    /// <summary>The expert sends the list back (e.g. a report is missing); the advisor completes it and resubmits.</summary>
    public void RejectByExpert(Guid actorId, string reason, DateTimeOffset now)
    {
        EnsureExpert(actorId);
        if (Stage is not (PlanStage.ExpertReviewing or PlanStage.ExpertRevising))
        {
            throw new DomainException("当前不在专家审核阶段，不能驳回");
        }

        RejectionReason = Guard.Required(reason, "驳回原因", ReasonMaxLength, nameof(RejectionReason));
        ReviewStatus = DemandReviewStatus.Rejected;
        Stage = PlanStage.None;
        RejectedAt = now;
    }

    /// <summary>出具方案 (first plan or a revision after the advisor asked for a change).</summary>
    public DemandPlanVersion IssuePlan(Guid actorId, string actorName, PlanContent content, DateTimeOffset now)
    {
        EnsureExpert(actorId);
        if (Stage is not (PlanStage.ExpertReviewing or PlanStage.ExpertRevising))
        {
            throw new DomainException(Stage == PlanStage.AwaitingAdvisor ? "方案已出具，正在等待顾问确认" : "当前不能出具方案");
        }

        var plan = new DemandPlanVersion(Id, _plans.Count + 1, content, actorId, actorName, now);
        _plans.Add(plan);
        Stage = PlanStage.AwaitingAdvisor;
        return plan;
    }

    /// <summary>The advisor agrees (同意): the plan is approved and the list is 已通过.</summary>
    public void AgreePlan(Guid actorId, string? comment, DateTimeOffset now)
    {
        var plan = PlanAwaitingAdvisor(actorId);
        plan.Decide(PlanDecision.Agreed, Guard.Optional(comment, "意见", DemandPlanVersion.CommentMaxLength, "Comment"), actorId, now);
        Stage = PlanStage.Agreed;
        ReviewStatus = DemandReviewStatus.Approved;
        ApprovedAt = now;
    }

    /// <summary>The advisor disagrees and says what should change; the expert revises.</summary>
    public void RequestPlanChange(Guid actorId, string comment, DateTimeOffset now)
    {
        var plan = PlanAwaitingAdvisor(actorId);
        plan.Decide(PlanDecision.ChangeRequested, Guard.Required(comment, "修改意见", DemandPlanVersion.CommentMaxLength, "Comment"), actorId, now);
        Stage = PlanStage.ExpertRevising;
    }

    private DemandPlanVersion PlanAwaitingAdvisor(Guid actorId)
    {
        EnsureOwner(actorId, "确认方案");
        if (Stage != PlanStage.AwaitingAdvisor || CurrentPlan is not { Decision: PlanDecision.Undecided } plan)
        {
            throw new DomainException("当前没有待确认的方案");
        }

        return plan;
    }

    /// <summary>The advisor's steps of seed 000 §3.2–3.5 (push, submit, confirm the plan) are the responsible
    /// advisor's; others who may open the list (the medical expert, leaders in scope) only see them.</summary>
    private void EnsureOwner(Guid actorId, string action)
    {
        if (actorId != OwnerId)
        {
            throw new DomainException($"只有负责该需求清单的顾问可以{action}");
        }
    }

    private void EnsureExpert(Guid actorId)
    {
        if (actorId != MedicalExpertId)
        {
            throw new DomainException($"只有本需求清单的医学专家（{MedicalExpertName}）可以审核和出具方案");
        }
    }

    private void EnsureNotApproved(string action)
    {
        if (ReviewStatus == DemandReviewStatus.Approved)
        {
            throw new DomainException($"需求清单已通过审核，不能再{action}");
        }
    }

    private void Apply(DemandDetails d, string medicalExpertName)
    {
        RecipientId = d.RecipientId;
        DonorId = d.DonorId!.Value;
        Relationship = d.Relationship;
        RelationshipDetail = d.RelationshipDetail;
        StorageContractNumber = d.StorageContractNumber;
        StorageType = d.StorageType;
        StorageDate = d.StorageDate;
        CellSource = d.CellSource;
        IntendedProduct = d.IntendedProduct;
        Purpose = d.Purpose;
        BasicSituation = d.BasicSituation;
        Appeal = d.Appeal;
        SpecialSituation = d.SpecialSituation;
        MedicalExpertId = d.MedicalExpertId;
        MedicalExpertName = Guard.Required(medicalExpertName, "医学专家", 50);
    }
}
