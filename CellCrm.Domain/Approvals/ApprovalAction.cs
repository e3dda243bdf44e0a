using CellCrm.Domain.Common;

namespace CellCrm.Domain.Approvals;

/// <summary>One line of the request's timeline (审批意见): who did what, with which comment, when.</summary>
public class ApprovalAction : Entity
{
    public const int CommentMaxLength = 500;

    private ApprovalAction()
    {
        ActorName = "";
    }

    internal ApprovalAction(Guid requestId, int sequence, ApprovalActionKind kind, StaffRef? actor, string? stepName, string? comment, DateTimeOffset at)
    {
        RequestId = requestId;
        Sequence = sequence;
        Kind = kind;
        ActorId = actor?.Id;
        ActorName = actor?.Name ?? "系统";
        StepName = stepName;
        Comment = comment;
        At = at;
    }

    public Guid RequestId { get; private set; }

    /// <summary>Position in the timeline (several actions may share a timestamp).</summary>
    public int Sequence { get; private set; }

    public ApprovalActionKind Kind { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string? StepName { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset At { get; private set; }
}
