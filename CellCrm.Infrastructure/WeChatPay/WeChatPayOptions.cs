namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>The WeChat Pay merchant settings, section <c>WeChatPay</c>. Without <see cref="MchId"/> the apps use the
/// sandbox gateway (embedded default). Keep the private key and the APIv3 key in user-secrets or environment
/// variables, never in appsettings.json. Answers and notifies are verified either with the WeChat Pay public key
/// (<see cref="PublicKeyId"/> + <see cref="PublicKey"/>/<see cref="PublicKeyPath"/>) or with platform
/// certificates (<see cref="PlatformCertificates"/>); both may be set during a switch-over.</summary>
public sealed class WeChatPayOptions
{
    public const string Section = "WeChatPay";

    public string? MchId { get; set; }

    /// <summary>The Official Account's app id the orders are placed for.</summary>
    public string? AppId { get; set; }

    /// <summary>The merchant API private key (apiclient_key.pem) as PEM text …</summary>
    public string? PrivateKey { get; set; }

    /// <summary>… or the path of that PEM file.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>Serial number (hex) of the merchant API certificate that belongs to the private key.</summary>
    public string? CertificateSerialNumber { get; set; }

    /// <summary>The 32-character APIv3 key that encrypts notifies.</summary>
    public string? ApiV3Key { get; set; }

    /// <summary>WeChat Pay public key mode: the key's id (<c>PUB_KEY_ID_…</c>, sent as Wechatpay-Serial).</summary>
    public string? PublicKeyId { get; set; }

    /// <summary>The WeChat Pay public key as PEM text …</summary>
    public string? PublicKey { get; set; }

    /// <summary>… or the path of that PEM file.</summary>
    public string? PublicKeyPath { get; set; }

    /// <summary>Platform certificate mode: PEM texts or paths of the WeChat Pay platform certificates. Keep the old
    /// one listed until rotation is complete.</summary>
    public List<string> PlatformCertificates { get; set; } = [];

    public string BaseUrl { get; set; } = "https://api.mch.weixin.qq.com";

    /// <summary>Where WeChat Pay posts payment notifies: https, no query string.</summary>
    public string? NotifyUrl { get; set; }

    /// <summary>Where WeChat Pay posts refund notifies; <see cref="NotifyUrl"/> when empty.</summary>
    public string? RefundNotifyUrl { get; set; }

    /// <summary>How long one HTTP attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Pause before retrying a query (only idempotent GETs are retried).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Sandbox only (no <see cref="MchId"/>): a folder through which the apps on one machine share the
    /// sandbox's keys, orders and refunds. Without it each app has its own sandbox in memory.</summary>
    public string? SandboxPath { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(MchId);
}
