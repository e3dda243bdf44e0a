using CellCrm.Domain.Common;

namespace CellCrm.Domain.Notifications;

/// <summary>An in-app notification for one staff member (审批提醒, 共享提醒 …).</summary>
public class Notification : Entity, IUnaudited
{
    public const int TitleMaxLength = 100;
    public const int BodyMaxLength = 500;
    public const int LinkMaxLength = 200;

    private Notification()
    {
        Title = "";
        Body = "";
    }

    public Notification(Guid recipientId, string title, string body, string? link, DateTimeOffset at)
    {
        RecipientId = recipientId;
        Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title;
        Body = body.Length > BodyMaxLength ? body[..BodyMaxLength] : body;
        Link = link;
        CreatedAt = at;
    }

    public Guid RecipientId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
