using CellCrm.Domain.Common;

namespace CellCrm.Domain.Approvals;

/// <summary>暂不处理: a staff member puts a waiting approval aside; it leaves 待我处理 until taken back.</summary>
public class ApprovalSnooze : Entity, IUnaudited
{
    private ApprovalSnooze()
    {
    }

    public ApprovalSnooze(Guid requestId, Guid staffId, DateTimeOffset at)
    {
        RequestId = requestId;
        StaffId = staffId;
        At = at;
    }

    public Guid RequestId { get; private set; }

    public Guid StaffId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
