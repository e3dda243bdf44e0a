using System.Security.Cryptography;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>The sandbox's keys: the merchant key, the "WeChat Pay" key and the APIv3 key, made on first use.</summary>
public sealed record SandboxKeys(string MerchantKey, string PlatformKey, string ApiV3Key)
{
    public static SandboxKeys Create() => new(
        Convert.ToBase64String(RSA.Create(2048).ExportPkcs8PrivateKey()),
        Convert.ToBase64String(RSA.Create(2048).ExportPkcs8PrivateKey()),
        WeChatPaySigner.NewNonce());
}
