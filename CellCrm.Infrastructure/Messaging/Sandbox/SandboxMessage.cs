using CellCrm.Domain.Common;

namespace CellCrm.Infrastructure.Messaging.Sandbox;

/// <summary>What a sandbox sender "sent" instead of calling WeChat or an SMS provider (embedded default, tests):
/// listed on the back office's 沙箱消息 page with its deep link.</summary>
public class SandboxMessage : Entity, IUnaudited
{
    public const int RecipientMaxLength = 64;
    public const int ContentMaxLength = 1000;
    public const int IdempotencyKeyMaxLength = 100;

    /// <summary>How a save of a repeat is recognised: the unique index on <see cref="IdempotencyKey"/> as MySQL and
    /// SQLite name it in their messages.</summary>
    public static readonly string[] RepeatMarkers = ["SandboxMessages_IdempotencyKey", "SandboxMessages.IdempotencyKey"];

    private SandboxMessage()
    {
        Channel = "";
        Recipient = "";
        TemplateKey = "";
        Content = "";
    }

    public SandboxMessage(string channel, string recipient, string templateKey, string content, string? url, DateTimeOffset at, string? idempotencyKey = null)
    {
        IdempotencyKey = idempotencyKey;
        Channel = channel;
        Recipient = recipient.Length > RecipientMaxLength ? recipient[..RecipientMaxLength] : recipient;
        TemplateKey = templateKey;
        Content = content.Length > ContentMaxLength ? content[..ContentMaxLength] : content;
        Url = url;
        SentAt = at;
    }

    /// <summary>微信模板消息 or 短信.</summary>
    public string Channel { get; private set; }

    /// <summary>The openid, or the mobile masked (personal data is not kept in clear here).</summary>
    public string Recipient { get; private set; }

    public string TemplateKey { get; private set; }

    public string Content { get; private set; }

    public string? Url { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>Unique when set: a repeated send of the same message (same WeChat client_msg_id, same SMS
    /// idempotency key) is answered as sent and not listed twice, as the real providers drop it.</summary>
    public string? IdempotencyKey { get; private set; }
}
