namespace CellCrm.Infrastructure.WeChat;

/// <summary>The Official Account (公众号) settings, section <c>WeChat</c>. The account is "configured" only with both
/// <see cref="AppId"/> and <see cref="AppSecret"/>; without them the apps run their sandboxes. Keep the secret,
/// the token and the AES key in user-secrets or environment variables, never in appsettings.json.</summary>
public sealed class WeChatOptions
{
    public const string Section = "WeChat";

    public string? AppId { get; set; }

    public string? AppSecret { get; set; }

    /// <summary>The token of the server URL configuration (服务器配置), used to verify WeChat's signatures.</summary>
    public string? Token { get; set; }

    /// <summary>Only for the safe (encrypted) message mode, which CellCrm does not use yet (plain mode over HTTPS).</summary>
    public string? EncodingAESKey { get; set; }

    public string BaseUrl { get; set; } = "https://api.weixin.qq.com";

    public string OpenBaseUrl { get; set; } = "https://open.weixin.qq.com";

    /// <summary>The portal's public entry (e.g. https://portal.example.cn/), linked from the welcome reply.</summary>
    public string? PortalBaseUrl { get; set; }

    /// <summary>Our template keys (e.g. <c>ExamReminder</c>) → the account's template id and field mapping.</summary>
    public Dictionary<string, WeChatTemplateOptions> Templates { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppSecret);
}
