using System.Security.Cryptography;
using System.Text;
using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>Checks WeChat Pay's signature on an answer or a notify: SHA256withRSA over
/// "timestamp\nnonce\nbody\n" with the public key the serial names, the timestamp no more than five minutes off.
/// Probe signatures (<c>WECHATPAY/SIGNTEST/…</c>) are not valid Base64 signatures and fail like any forgery.</summary>
public sealed class WeChatPayVerifier(WeChatPayCredentials credentials, TimeProvider clock)
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Null when the signature is good, otherwise why it is not.</summary>
    public (NotifyRejection Reason, string Detail)? Check(string? timestamp, string? nonce, string? signature, string? serial, string body)
    {
        if (CheckHeaders(timestamp, nonce, signature, serial) is { } failure)
        {
            return failure;
        }

        var key = credentials.PlatformKeys[serial!];
        var bytes = new byte[signature!.Length];
        if (signature.StartsWith("WECHATPAY/SIGNTEST/", StringComparison.Ordinal) ||
            !Convert.TryFromBase64String(signature, bytes, out var length) ||
            !key.VerifyData(Encoding.UTF8.GetBytes($"{timestamp}\n{nonce}\n{body}\n"), bytes.AsSpan(0, length),
                HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return (NotifyRejection.BadSignature, "signature does not match");
        }

        return null;
    }

    /// <summary>The checks that need no cryptography: all headers present, the timestamp no more than five minutes
    /// off now, a key with the serial. Null when they pass.</summary>
    public (NotifyRejection Reason, string Detail)? CheckHeaders(string? timestamp, string? nonce, string? signature, string? serial)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(serial))
        {
            return (NotifyRejection.MissingHeaders, "Wechatpay-Timestamp/Nonce/Signature/Serial missing");
        }

        if (!long.TryParse(timestamp, out var seconds) ||
            (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxClockSkew)
        {
            return (NotifyRejection.StaleTimestamp, $"timestamp {timestamp} is more than 5 minutes off");
        }

        if (!credentials.PlatformKeys.ContainsKey(serial))
        {
            return (NotifyRejection.UnknownSerial, $"no WeChat Pay key with serial {serial}");
        }

        return null;
    }
}
