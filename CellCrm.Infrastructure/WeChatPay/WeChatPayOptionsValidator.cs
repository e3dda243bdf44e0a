using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>A configured merchant (<see cref="WeChatPayOptions.MchId"/> set) needs everything to sign, verify and
/// decrypt; the apps refuse to start otherwise rather than fail on the first payment.</summary>
public sealed class WeChatPayOptionsValidator : IValidateOptions<WeChatPayOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatPayOptions o)
    {
        if (!o.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.AppId))
        {
            errors.Add("WeChatPay:AppId is required.");
        }

        if (string.IsNullOrWhiteSpace(o.PrivateKey) && string.IsNullOrWhiteSpace(o.PrivateKeyPath))
        {
            errors.Add("WeChatPay:PrivateKey or WeChatPay:PrivateKeyPath is required.");
        }

        if (string.IsNullOrWhiteSpace(o.CertificateSerialNumber))
        {
            errors.Add("WeChatPay:CertificateSerialNumber is required.");
        }

        if (o.ApiV3Key is null || o.ApiV3Key.Length != 32 || Encoding.UTF8.GetByteCount(o.ApiV3Key) != 32)
        {
            errors.Add("WeChatPay:ApiV3Key must be 32 ASCII characters.");
        }

        var publicKeyMode = !string.IsNullOrWhiteSpace(o.PublicKeyId) &&
                            (!string.IsNullOrWhiteSpace(o.PublicKey) || !string.IsNullOrWhiteSpace(o.PublicKeyPath));
        if (!publicKeyMode && !o.PlatformCertificates.Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            errors.Add("Set WeChatPay:PublicKeyId with WeChatPay:PublicKey (or PublicKeyPath), or WeChatPay:PlatformCertificates.");
        }

        if (!Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _))
        {
            errors.Add("WeChatPay:BaseUrl must be an absolute URL.");
        }

        foreach (var (key, url) in new[] { ("NotifyUrl", o.NotifyUrl), ("RefundNotifyUrl", o.RefundNotifyUrl) })
        {
            if (key == "RefundNotifyUrl" && string.IsNullOrWhiteSpace(url))
            {
                continue;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Query.Length > 0)
            {
                errors.Add($"WeChatPay:{key} must be an https URL without a query string.");
            }
        }

        if (errors.Count == 0)
        {
            // Fail at start-up, not at the first payment, when a key file is missing or not PEM.
            try
            {
                WeChatPayCredentials.FromOptions(o);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or CryptographicException or InvalidOperationException)
            {
                errors.Add("WeChatPay keys could not be read: " + e.Message);
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
