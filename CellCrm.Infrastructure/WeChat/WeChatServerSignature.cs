using System.Security.Cryptography;
using System.Text;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>The signature WeChat puts on every call to our server URL (WECHAT.md A1): SHA-1 of token, timestamp and
/// nonce sorted as strings and concatenated, lowercase hex.</summary>
public static class WeChatServerSignature
{
    public static string Compute(string token, string timestamp, string nonce)
    {
        string[] parts = [token, timestamp, nonce];
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)))).ToLowerInvariant();
    }

    public static bool IsValid(string token, string? signature, string? timestamp, string? nonce)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(token, timestamp, nonce));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
    }
}
