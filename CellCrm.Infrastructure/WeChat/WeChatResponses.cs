using System.Text.Json.Serialization;

namespace CellCrm.Infrastructure.WeChat;

// The answer shapes of the few endpoints CellCrm calls, kept together: each is a handful of documented fields.

public class WeChatResponse
{
    [JsonPropertyName("errcode")]
    public int ErrCode { get; set; }

    [JsonPropertyName("errmsg")]
    public string? ErrMsg { get; set; }
}

public sealed class WeChatTokenResponse : WeChatResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }
}

public sealed class WeChatTicketResponse : WeChatResponse
{
    [JsonPropertyName("ticket")]
    public string? Ticket { get; set; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }
}

public sealed class WeChatTemplateSendResponse : WeChatResponse
{
    [JsonPropertyName("msgid")]
    public long? MsgId { get; set; }
}

public sealed class WeChatOAuthTokenResponse : WeChatResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    [JsonPropertyName("scope")]
    public string? Scope { get; set; }

    [JsonPropertyName("unionid")]
    public string? UnionId { get; set; }

    [JsonPropertyName("is_snapshotuser")]
    public int? IsSnapshotUser { get; set; }
}

public sealed class WeChatUserInfoResponse : WeChatResponse
{
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }
}
