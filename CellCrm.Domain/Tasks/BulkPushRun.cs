using CellCrm.Domain.Common;

namespace CellCrm.Domain.Tasks;

/// <summary>批量推送: one task to every customer with a tag, run as a background job; its progress is polled by
/// the back office.</summary>
public class BulkPushRun : Entity, IUnaudited
{
    public const int TagMaxLength = 20;

    private BulkPushRun()
    {
        Tag = "";
        Title = "";
        StaffName = "";
    }

    public BulkPushRun(string tag, NewTask task, Guid staffId, string staffName, DateTimeOffset now)
    {
        CustomerTask.RequireDueDateNotPast(task.DueDate, now);
        Tag = Guard.Required(tag, "客户标签", TagMaxLength, nameof(Tag));
        Type = task.Type;
        Title = Guard.Required(task.Title, "任务标题", CustomerTask.TitleMaxLength, nameof(NewTask.Title));
        DueDate = task.DueDate;
        StaffId = staffId;
        StaffName = staffName;
        CreatedAt = now;
        State = BulkPushState.Queued;
    }

    public string Tag { get; private set; }

    public CustomerTaskType Type { get; private set; }

    public string Title { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public Guid StaffId { get; private set; }

    public string StaffName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public BulkPushState State { get; private set; }

    public int Total { get; private set; }

    public int Pushed { get; private set; }

    /// <summary>Customers refused by a rule (e.g. not real-name verified for a signing task).</summary>
    public int Skipped { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public NewTask ToTask() => new(Type, Title, DueDate);

    public void Start(int total)
    {
        State = BulkPushState.Running;
        Total = total;
    }

    public void Progress(int pushed, int skipped)
    {
        Pushed = pushed;
        Skipped = skipped;
    }

    public void Finish(DateTimeOffset now)
    {
        State = BulkPushState.Completed;
        FinishedAt = now;
    }

    public int Percent => Total == 0 ? (State == BulkPushState.Completed ? 100 : 0) : (Pushed + Skipped) * 100 / Total;
}
