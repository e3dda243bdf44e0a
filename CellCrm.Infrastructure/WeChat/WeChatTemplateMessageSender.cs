using CellCrm.Domain.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>Sends template messages through message/template/send (WECHAT.md A4): the template id and the keyword
/// of each field come from <see cref="WeChatOptions.Templates"/>. WeChat's answer becomes an outcome the outbox can
/// act on; a refused token is replaced and the send tried once more (a token error means nothing was sent).</summary>
public sealed partial class WeChatTemplateMessageSender(
    WeChatApiClient api,
    WeChatAccessTokens tokens,
    IOptions<WeChatOptions> options,
    ILogger<WeChatTemplateMessageSender> logger) : ITemplateMessageSender
{
    public async Task<TemplateSendResult> SendAsync(TemplateMessage message, CancellationToken ct)
    {
        if (!options.Value.Templates.TryGetValue(message.TemplateKey, out var template) || string.IsNullOrWhiteSpace(template.TemplateId))
        {
            return new TemplateSendResult(TemplateSendOutcome.PermanentFailure, null, $"未配置模板 {message.TemplateKey}");
        }

        var data = new Dictionary<string, object>();
        foreach (var (field, keyword) in template.Fields)
        {
            if (!message.Fields.TryGetValue(field, out var value))
            {
                return new TemplateSendResult(TemplateSendOutcome.PermanentFailure, null, $"模板 {message.TemplateKey} 缺少字段 {field}");
            }

            data[keyword] = new Dictionary<string, string> { ["value"] = value };
        }

        var body = new Dictionary<string, object>
        {
            ["touser"] = message.OpenId,
            ["template_id"] = template.TemplateId,
            // WeChat drops a second send of the same openid + client_msg_id (WECHAT.md A4): a send repeated after a
            // lost answer or a worker's death does not reach the customer twice. One id per outbox message, never
            // derived from the content, so two messages that read the same are both delivered.
            ["client_msg_id"] = message.ClientMessageId,
            ["data"] = data,
        };
        if (!string.IsNullOrEmpty(message.Url))
        {
            body["url"] = message.Url;
        }

        WeChatTemplateSendResponse response;
        try
        {
            response = await tokens.CallAsync((token, c) => api.SendTemplateAsync(token, body, c), ct);
        }
        catch (Exception e) when (WeChatFailures.IsNetwork(e, ct) || e is WeChatApiException)
        {
            LogSendFailed(logger, message.TemplateKey, -1, e.GetType().Name);
            return new TemplateSendResult(TemplateSendOutcome.TransientFailure, null, "微信接口暂时不可用");
        }

        var outcome = Classify(response.ErrCode);
        if (outcome != TemplateSendOutcome.Sent)
        {
            LogSendFailed(logger, message.TemplateKey, response.ErrCode, response.ErrMsg);
        }

        return outcome == TemplateSendOutcome.Sent
            ? new TemplateSendResult(outcome, response.MsgId?.ToString(System.Globalization.CultureInfo.InvariantCulture), null)
            : new TemplateSendResult(outcome, null, $"{response.ErrCode} {response.ErrMsg}");
    }

    /// <summary>How the outbox treats WeChat's errcode.</summary>
    public static TemplateSendOutcome Classify(int errCode) => errCode switch
    {
        WeChatErrorCodes.Ok => TemplateSendOutcome.Sent,
        // The customer does not follow the account or refused its messages; an openid of another account (40003)
        // cannot be reached either: the SMS notice and the portal inbox are the way to them.
        WeChatErrorCodes.RequireSubscribe or WeChatErrorCodes.UserRefused or WeChatErrorCodes.InvalidOpenId => TemplateSendOutcome.RecipientUnreachable,
        // Busy, rate-limited, or the token still refused after one replacement: later.
        WeChatErrorCodes.SystemBusy or WeChatErrorCodes.FrequencyLimit => TemplateSendOutcome.TransientFailure,
        _ when WeChatErrorCodes.IsTokenError(errCode) => TemplateSendOutcome.TransientFailure,
        _ => TemplateSendOutcome.PermanentFailure,
    };

    [LoggerMessage(LogLevel.Warning, "WeChat template {TemplateKey} not sent: errcode {ErrCode} {ErrMsg}")]
    private static partial void LogSendFailed(ILogger logger, string templateKey, int errCode, string? errMsg);
}
