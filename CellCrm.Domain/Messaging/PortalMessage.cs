using CellCrm.Domain.Common;

namespace CellCrm.Domain.Messaging;

/// <summary>An entry of the customer's in-portal inbox (消息): where a notice lands when WeChat cannot deliver it.</summary>
public class PortalMessage : Entity, IUnaudited
{
    public const int BodyMaxLength = 500;

    private PortalMessage()
    {
        Title = "";
        Body = "";
    }

    public PortalMessage(OutboxMessage source, string body, DateTimeOffset now)
    {
        CustomerId = source.CustomerId;
        OutboxMessageId = source.Id;
        Title = source.Title;
        Body = body.Length > BodyMaxLength ? body[..BodyMaxLength] : body;
        Url = source.Url;
        CreatedAt = now;
    }

    public Guid CustomerId { get; private set; }

    /// <summary>One inbox entry per outbox message, even when a delivery is retried.</summary>
    public Guid OutboxMessageId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public string? Url { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
