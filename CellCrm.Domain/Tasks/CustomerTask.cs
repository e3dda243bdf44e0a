using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Messaging;

namespace CellCrm.Domain.Tasks;

/// <summary>A task pushed to a customer (待办, SPEC §2.3): it shows in the portal and is announced by an
/// <see cref="OutboxMessage"/> created together with it.</summary>
public class CustomerTask : AggregateRoot
{
    public const int TitleMaxLength = 100;
    public const int PushKeyMaxLength = 100;
    public const int CreatedByNameMaxLength = 30;

    private CustomerTask()
    {
        Title = "";
        PushKey = "";
        CreatedByName = "";
    }

    private CustomerTask(Guid customerId, NewTask request, Guid? createdById, string createdByName, string pushKey, DateTimeOffset now)
    {
        CustomerId = customerId;
        Type = request.Type;
        SubjectType = request.Subject?.Type;
        SubjectId = request.Subject?.Id;
        Title = Guard.Required(request.Title, "任务标题", TitleMaxLength, nameof(NewTask.Title));
        DueDate = request.DueDate;
        State = CustomerTaskState.Pending;
        CreatedById = createdById;
        CreatedByName = createdByName.Length > CreatedByNameMaxLength ? createdByName[..CreatedByNameMaxLength] : createdByName;
        CreatedAt = now;
        PushKey = Guard.Required(pushKey, "推送标识", PushKeyMaxLength);
    }

    public Guid CustomerId { get; private set; }

    public CustomerTaskType Type { get; private set; }

    public string? SubjectType { get; private set; }

    public Guid? SubjectId { get; private set; }

    public string Title { get; private set; }

    /// <summary>The last day (China time) to complete it, if any.</summary>
    public DateOnly? DueDate { get; private set; }

    public CustomerTaskState State { get; private set; }

    public Guid? CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Identifies one push (a form submission, one customer of a bulk run): a repeat finds it taken.</summary>
    public string PushKey { get; private set; }

    /// <summary>The portal page of the task, the deep link of its messages.</summary>
    public string PortalPath => $"/Tasks/{Id}";

    /// <summary>推送任务: the task and the message announcing it, to be saved in one transaction. Signing tasks need a
    /// real-name verified customer (SPEC §2.2: "客户未实名，无法推送").</summary>
    public static PushedTask Push(Customer customer, NewTask request, Guid? staffId, string staffName, string pushKey, DateTimeOffset now)
    {
        if (customer.Status != CustomerStatus.Active)
        {
            throw new DomainException($"客户“{customer.Name}”不是正常状态，无法推送");
        }

        if (TaskLabels.NeedsRealName(request.Type))
        {
            customer.EnsureRealNameVerified(nameof(NewTask.Type));
        }

        RequireDueDateNotPast(request.DueDate, now);
        var task = new CustomerTask(customer.Id, request, staffId, staffName, pushKey, now);
        var fields = new Dictionary<string, string>
        {
            [TemplateFields.Name] = customer.Name,
            [TemplateFields.Type] = TaskLabels.Of(task.Type),
            [TemplateFields.Title] = task.Title,
            [TemplateFields.Due] = task.DueDate?.ToString("yyyy-MM-dd") ?? "",
        };
        var message = new OutboxMessage(customer.Id, task.Id, OutboxChannel.Template, TaskLabels.TemplateFor(task.Type),
            $"{TaskLabels.Of(task.Type)}：{task.Title}", fields, task.PortalPath, pushKey, now);
        return new PushedTask(task, message);
    }

    /// <summary>A due date is today or later in China time; a bulk run checks it when it is queued, before any push.</summary>
    internal static void RequireDueDateNotPast(DateOnly? dueDate, DateTimeOffset now)
    {
        if (dueDate is { } due && due < ChinaTime.Today(now))
        {
            throw new DomainException("截止日期不能早于今天", nameof(NewTask.DueDate));
        }
    }

    /// <summary>The customer finished it in the portal (or staff confirmed it).</summary>
    public void Complete(DateTimeOffset now)
    {
        RequirePending();
        State = CustomerTaskState.Done;
        CompletedAt = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        RequirePending();
        State = CustomerTaskState.Cancelled;
        CancelledAt = now;
    }

    private void RequirePending()
    {
        if (State != CustomerTaskState.Pending)
        {
            throw new DomainException($"任务“{Title}”{TaskLabels.Of(State)}，不能再更改");
        }
    }
}
