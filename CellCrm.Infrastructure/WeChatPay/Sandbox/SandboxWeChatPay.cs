using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>The embedded default's stand-in for WeChat Pay: keys made at start-up (a merchant key, a "WeChat Pay"
/// key and an APIv3 key, never leaving the process) and the orders and refunds placed since. Notifies it builds are
/// signed and encrypted exactly like real ones and verified by the same code.</summary>
public sealed class SandboxWeChatPay
{
    public const string MchId = "1900000000";
    public const string DefaultAppId = "wx0000000000sandbox";
    public const string PublicKeyId = "PUB_KEY_ID_0000SANDBOX";

    public SandboxWeChatPay(string? appId)
    {
        PlatformKey = RSA.Create(2048);
        var verifyingKey = RSA.Create();
        verifyingKey.ImportSubjectPublicKeyInfo(PlatformKey.ExportSubjectPublicKeyInfo(), out _);
        Credentials = new WeChatPayCredentials(MchId, string.IsNullOrWhiteSpace(appId) ? DefaultAppId : appId.Trim(),
            RSA.Create(2048), "SANDBOX", WeChatPaySigner.NewNonce(), new Dictionary<string, RSA> { [PublicKeyId] = verifyingKey });
    }

    public WeChatPayCredentials Credentials { get; }

    /// <summary>Signs the sandbox's answers and notifies, as WeChat Pay's own key would.</summary>
    internal RSA PlatformKey { get; }

    internal ConcurrentDictionary<string, SandboxOrder> Orders { get; } = new();

    internal ConcurrentDictionary<string, SandboxRefund> Refunds { get; } = new();
}
