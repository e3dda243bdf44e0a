namespace CellCrm.Domain.Messaging;

/// <summary>Sends a WeChat template message (体检提醒, 服务进度提醒, 签约提醒, 缴费通知, 实名审核结果 …).</summary>
public interface ITemplateMessageSender
{
    Task<TemplateSendResult> SendAsync(TemplateMessage message, CancellationToken ct);
}

/// <summary>A template message: <paramref name="TemplateKey"/> names the configured template (its id and field
/// mapping live in configuration); <paramref name="Url"/> is the portal deep link; <paramref name="ClientMessageId"/>
/// is the same on every send of one message (WeChat's <c>client_msg_id</c>: a repeat is dropped, not delivered).</summary>
public sealed record TemplateMessage(string OpenId, string TemplateKey, IReadOnlyDictionary<string, string> Fields, string? Url, string ClientMessageId);

public enum TemplateSendOutcome
{
    Sent,
    /// <summary>The customer cannot receive it (no longer follows the account, refused …): fall back to SMS.</summary>
    RecipientUnreachable,
    /// <summary>Try again later (network, system busy, rate limit).</summary>
    TransientFailure,
    /// <summary>Will never succeed as sent (bad template, bad data).</summary>
    PermanentFailure,
}

public sealed record TemplateSendResult(TemplateSendOutcome Outcome, string? ProviderMessageId, string? Error);
