namespace CellCrm.Domain.Common;

/// <summary>One field change of one business object: 修改记录 (who, when, field, old → new).</summary>
public class AuditEntry : IUnaudited
{
    public const int ValueMaxLength = 500;

    private AuditEntry()
    {
        EntityType = "";
        Field = "";
        ActorName = "";
    }

    public AuditEntry(string entityType, Guid entityId, Guid? rootId, AuditAction action, string field,
        string? oldValue, string? newValue, Guid? actorId, string actorName, DateTimeOffset at)
    {
        EntityType = entityType;
        EntityId = entityId;
        RootId = rootId ?? entityId;
        Action = action;
        Field = field;
        OldValue = Clip(oldValue);
        NewValue = Clip(newValue);
        ActorId = actorId;
        ActorName = actorName;
        At = at;
    }

    public long Id { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>The aggregate the change belongs to (a follow-up's customer), so one query shows a whole history.</summary>
    public Guid RootId { get; private set; }

    public AuditAction Action { get; private set; }

    public string Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    private static string? Clip(string? value) =>
        value is { Length: > ValueMaxLength } ? value[..(ValueMaxLength - 1)] + "…" : value;
}
