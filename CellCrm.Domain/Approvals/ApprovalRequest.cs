using CellCrm.Domain.Common;

namespace CellCrm.Domain.Approvals;

/// <summary>One business object's way through its flow. Steps run in order; any approver of the current step
/// decides it; a rejection returns the request to the submitter, who may resubmit (a new round). Only the
/// outcome of the whole request (<see cref="ApprovalOutcome"/>) moves the business object.</summary>
public class ApprovalRequest : AggregateRoot
{
    public const int TitleMaxLength = 100;

    private readonly List<ApprovalStep> _steps = [];
    private readonly List<ApprovalAction> _actions = [];

    private ApprovalRequest()
    {
        Title = "";
        SubmitterName = "";
    }

    private ApprovalRequest(ApprovalBusinessType type, Guid subjectId, string title, StaffRef submitter, Guid submitterDepartmentId,
        Guid? contextDepartmentId, long? amountFen, bool allowSelfApproval, DateTimeOffset now)
    {
        BusinessType = type;
        SubjectId = subjectId;
        Title = Guard.Required(title, "审批标题", TitleMaxLength, nameof(Title));
        SubmitterId = submitter.Id;
        SubmitterName = submitter.Name;
        SubmitterDepartmentId = submitterDepartmentId;
        ContextDepartmentId = contextDepartmentId;
        AmountFen = amountFen;
        AllowSelfApproval = allowSelfApproval;
        SubmittedAt = now;
        Status = ApprovalStatus.Pending;
    }

    public ApprovalBusinessType BusinessType { get; private set; }

    /// <summary>The business object (share request, pool claim, contract …) this approval decides.</summary>
    public Guid SubjectId { get; private set; }

    public string Title { get; private set; }

    public Guid SubmitterId { get; private set; }

    public string SubmitterName { get; private set; }

    public Guid SubmitterDepartmentId { get; private set; }

    public Guid? ContextDepartmentId { get; private set; }

    public long? AmountFen { get; private set; }

    public bool AllowSelfApproval { get; private set; }

    public ApprovalStatus Status { get; private set; }

    public int Round { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public IReadOnlyCollection<ApprovalStep> Steps => _steps.AsReadOnly();

    public IReadOnlyCollection<ApprovalAction> Actions => _actions.AsReadOnly();

    public ApprovalStep? CurrentStep => _steps.FirstOrDefault(s => s.Round == Round && s.Status == ApprovalStepStatus.Current);

    public static ApprovalRequest Submit(ApprovalBusinessType type, Guid subjectId, string title, StaffRef submitter, Guid submitterDepartmentId,
        Guid? contextDepartmentId, long? amountFen, bool allowSelfApproval, IReadOnlyList<ResolvedStep> steps, string? comment, DateTimeOffset now)
    {
        var request = new ApprovalRequest(type, subjectId, title, submitter, submitterDepartmentId, contextDepartmentId, amountFen, allowSelfApproval, now);
        request.StartRound(steps, now);
        request.Record(ApprovalActionKind.Submitted, submitter, null, comment, now);
        return request;
    }

    public bool IsAwaiting(Guid staffId) => Status == ApprovalStatus.Pending && CurrentStep?.IsAssignedTo(staffId) == true;

    public ApprovalOutcome Approve(StaffRef actor, string? comment, DateTimeOffset now)
    {
        var step = RequireDecider(actor);
        step.Decide(ApprovalStepStatus.Approved, actor, Clean(comment), now);
        Record(ApprovalActionKind.Approved, actor, step.Name, Clean(comment) ?? "同意", now);
        var next = _steps.Where(s => s.Round == Round && s.Status == ApprovalStepStatus.Waiting).MinBy(s => s.Order);
        if (next is not null)
        {
            next.Start(now);
            return ApprovalOutcome.StillPending;
        }

        Status = ApprovalStatus.Approved;
        CompletedAt = now;
        Record(ApprovalActionKind.Completed, null, null, null, now);
        return ApprovalOutcome.Approved;
    }

    public ApprovalOutcome Reject(StaffRef actor, string? comment, DateTimeOffset now)
    {
        var reason = Clean(comment) ?? throw new DomainException("驳回时请填写意见", "Comment");
        var step = RequireDecider(actor);
        step.Decide(ApprovalStepStatus.Rejected, actor, reason, now);
        CancelWaiting();
        Status = ApprovalStatus.Rejected;
        CompletedAt = now;
        Record(ApprovalActionKind.Rejected, actor, step.Name, reason, now);
        return ApprovalOutcome.Rejected;
    }

    /// <summary>The submitter takes the request back while it is still undecided.</summary>
    public ApprovalOutcome Withdraw(StaffRef actor, string? comment, DateTimeOffset now)
    {
        RequirePending();
        if (actor.Id != SubmitterId)
        {
            throw new DomainException("只有提交人可以撤回");
        }

        CurrentStep?.Cancel();
        CancelWaiting();
        Status = ApprovalStatus.Withdrawn;
        CompletedAt = now;
        Record(ApprovalActionKind.Withdrawn, actor, null, Clean(comment), now);
        return ApprovalOutcome.Withdrawn;
    }

    /// <summary>After a rejection or a withdrawal, the submitter sends the request again: a new round of steps.</summary>
    public ApprovalOutcome Resubmit(StaffRef actor, IReadOnlyList<ResolvedStep> steps, string? comment, DateTimeOffset now)
    {
        if (Status is not (ApprovalStatus.Rejected or ApprovalStatus.Withdrawn))
        {
            throw new DomainException("只有被驳回或已撤回的申请可以重新提交");
        }

        if (actor.Id != SubmitterId)
        {
            throw new DomainException("只有提交人可以重新提交");
        }

        Status = ApprovalStatus.Pending;
        CompletedAt = null;
        StartRound(steps, now);
        Record(ApprovalActionKind.Resubmitted, actor, null, Clean(comment), now);
        return ApprovalOutcome.Resubmitted;
    }

    /// <summary>更换处理人: an approver of the current step (or an administrator) hands it to someone else.</summary>
    public void Reassign(StaffRef actor, StaffRef to, string? comment, bool actorIsAdministrator, DateTimeOffset now)
    {
        RequirePending();
        var step = CurrentStep!;
        if (!actorIsAdministrator && !step.IsAssignedTo(actor.Id))
        {
            throw new DomainException("您不是当前步骤的处理人，不能更换处理人");
        }

        if (!AllowSelfApproval && to.Id == SubmitterId)
        {
            throw new DomainException("不能把审批交给提交人本人");
        }

        if (step.Assignees.Count == 1 && step.IsAssignedTo(to.Id))
        {
            throw new DomainException("新处理人与当前处理人相同");
        }

        step.SetAssignees([to]);
        Record(ApprovalActionKind.Reassigned, actor, step.Name, $"转交给{to.Name}" + (Clean(comment) is { } c ? $"：{c}" : ""), now);
    }

    public void Comment(StaffRef actor, string? text, DateTimeOffset now)
    {
        var comment = Clean(text) ?? throw new DomainException("请填写回复内容", "Comment");
        Record(ApprovalActionKind.Commented, actor, CurrentStep?.Name, comment, now);
    }

    private void StartRound(IReadOnlyList<ResolvedStep> steps, DateTimeOffset now)
    {
        if (steps.Count == 0)
        {
            throw new DomainException("审批流程没有步骤，请联系管理员配置");
        }

        Round++;
        var order = 0;
        foreach (var resolved in steps)
        {
            var approvers = AllowSelfApproval ? resolved.Approvers : resolved.Approvers.Where(a => a.Id != SubmitterId).ToList();
            if (approvers.Count == 0)
            {
                throw new DomainException($"审批步骤“{resolved.Name}”找不到审批人，请联系管理员配置审批流程或部门负责人");
            }

            _steps.Add(new ApprovalStep(Id, Round, ++order, resolved with { Approvers = approvers }));
        }

        _steps.Where(s => s.Round == Round).MinBy(s => s.Order)!.Start(now);
    }

    private ApprovalStep RequireDecider(StaffRef actor)
    {
        RequirePending();
        if (!AllowSelfApproval && actor.Id == SubmitterId)
        {
            throw new DomainException("不能审批自己提交的申请");
        }

        var step = CurrentStep!;
        return step.IsAssignedTo(actor.Id) ? step : throw new DomainException("您不是当前步骤的审批人");
    }

    private void RequirePending()
    {
        if (Status != ApprovalStatus.Pending)
        {
            throw new DomainException($"该审批{ApprovalLabels.Of(Status)}，不能再操作");
        }
    }

    private void CancelWaiting()
    {
        foreach (var step in _steps.Where(s => s.Round == Round && s.Status == ApprovalStepStatus.Waiting))
        {
            step.Cancel();
        }
    }

    private void Record(ApprovalActionKind kind, StaffRef? actor, string? stepName, string? comment, DateTimeOffset now) =>
        _actions.Add(new ApprovalAction(Id, _actions.Count + 1, kind, actor, stepName, comment, now));

    private static string? Clean(string? comment)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > ApprovalAction.CommentMaxLength
            ? throw new DomainException($"意见不能超过{ApprovalAction.CommentMaxLength}个字符", "Comment")
            : trimmed;
    }
}
