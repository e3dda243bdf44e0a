using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>The keys one merchant works with: our private key (and its certificate serial) that signs requests and
/// JSAPI parameters, the APIv3 key that decrypts notifies, and WeChat Pay's public keys by serial that verify
/// answers and notifies.</summary>
public sealed class WeChatPayCredentials
{
    public WeChatPayCredentials(string mchId, string appId, RSA merchantKey, string merchantSerial, string apiV3Key,
        IReadOnlyDictionary<string, RSA> platformKeys)
    {
        if (Encoding.ASCII.GetByteCount(apiV3Key) != 32 || apiV3Key.Any(c => c > 127))
        {
            throw new InvalidOperationException("WeChatPay:ApiV3Key must be 32 ASCII characters.");
        }

        MchId = mchId;
        AppId = appId;
        MerchantKey = merchantKey;
        MerchantSerial = merchantSerial;
        ApiV3Key = Encoding.ASCII.GetBytes(apiV3Key);
        PlatformKeys = new Dictionary<string, RSA>(platformKeys, StringComparer.OrdinalIgnoreCase);
    }

    public string MchId { get; }

    public string AppId { get; }

    public RSA MerchantKey { get; }

    public string MerchantSerial { get; }

    public byte[] ApiV3Key { get; }

    public IReadOnlyDictionary<string, RSA> PlatformKeys { get; }

    public static WeChatPayCredentials FromOptions(WeChatPayOptions options)
    {
        var merchantKey = RSA.Create();
        merchantKey.ImportFromPem(Pem(options.PrivateKey, options.PrivateKeyPath, "WeChatPay:PrivateKey"));

        var platformKeys = new Dictionary<string, RSA>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(options.PublicKeyId))
        {
            var key = RSA.Create();
            key.ImportFromPem(Pem(options.PublicKey, options.PublicKeyPath, "WeChatPay:PublicKey"));
            platformKeys[options.PublicKeyId.Trim()] = key;
        }

        foreach (var entry in options.PlatformCertificates.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            var certificate = X509Certificate2.CreateFromPem(Pem(entry, null, "WeChatPay:PlatformCertificates"));
            platformKeys[certificate.SerialNumber] = certificate.GetRSAPublicKey()
                ?? throw new InvalidOperationException("A WeChatPay:PlatformCertificates entry has no RSA key.");
        }

        return new WeChatPayCredentials(options.MchId!.Trim(), options.AppId!.Trim(), merchantKey,
            options.CertificateSerialNumber!.Trim(), options.ApiV3Key!, platformKeys);
    }

    /// <summary>PEM text given inline (it starts with "-----BEGIN") or read from a file.</summary>
    private static string Pem(string? value, string? path, string name)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal) ? value : File.ReadAllText(value.Trim());
        }

        if (!string.IsNullOrWhiteSpace(path))
        {
            return File.ReadAllText(path.Trim());
        }

        throw new InvalidOperationException($"{name} (or {name}Path) is not configured.");
    }
}
