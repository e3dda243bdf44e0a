using CellCrm.Domain.Common;

namespace CellCrm.Domain.Approvals;

/// <summary>One step of one round of a request, with its approvers and decision.</summary>
public class ApprovalStep : Entity
{
    private readonly List<ApprovalAssignee> _assignees = [];

    private ApprovalStep()
    {
        Name = "";
    }

    internal ApprovalStep(Guid requestId, int round, int order, ResolvedStep resolved)
    {
        RequestId = requestId;
        Round = round;
        Order = order;
        Name = resolved.Name;
        Status = ApprovalStepStatus.Waiting;
        SetAssignees(resolved.Approvers);
    }

    public Guid RequestId { get; private set; }

    public int Round { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; }

    public ApprovalStepStatus Status { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Comment { get; private set; }

    public IReadOnlyCollection<ApprovalAssignee> Assignees => _assignees.AsReadOnly();

    public bool IsAssignedTo(Guid staffId) => _assignees.Any(a => a.StaffId == staffId);

    internal void Start(DateTimeOffset now)
    {
        Status = ApprovalStepStatus.Current;
        StartedAt = now;
    }

    internal void Decide(ApprovalStepStatus status, StaffRef actor, string? comment, DateTimeOffset now)
    {
        Status = status;
        DecidedById = actor.Id;
        DecidedByName = actor.Name;
        DecidedAt = now;
        Comment = comment;
    }

    internal void Cancel() => Status = ApprovalStepStatus.Cancelled;

    internal void SetAssignees(IEnumerable<StaffRef> approvers)
    {
        _assignees.Clear();
        _assignees.AddRange(approvers.DistinctBy(a => a.Id).Select(a => new ApprovalAssignee(Id, RequestId, a)));
    }
}
