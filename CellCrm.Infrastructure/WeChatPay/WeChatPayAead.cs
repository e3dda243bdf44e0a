using System.Security.Cryptography;
using System.Text;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>AEAD_AES_256_GCM as WeChat Pay uses it for notify resources: the key is the 32 ASCII bytes of the APIv3
/// key, the nonce the 12 characters given, the associated data as given, and the Base64 ciphertext is the
/// encrypted bytes followed by the 16-byte tag.</summary>
public static class WeChatPayAead
{
    private const int TagSize = 16;

    /// <summary>The plaintext, or null when the key, nonce, associated data or tag do not match.</summary>
    public static string? Decrypt(byte[] key, string nonce, string? associatedData, string ciphertext)
    {
        try
        {
            var data = Convert.FromBase64String(ciphertext);
            var nonceBytes = Encoding.UTF8.GetBytes(nonce);
            if (data.Length < TagSize || nonceBytes.Length != 12)
            {
                return null;
            }

            var plain = new byte[data.Length - TagSize];
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(nonceBytes, data.AsSpan(0, plain.Length), data.AsSpan(plain.Length), plain,
                Encoding.UTF8.GetBytes(associatedData ?? ""));
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Encrypts a resource the way WeChat Pay does (the sandbox builds its notifies with it).</summary>
    public static string Encrypt(byte[] key, string nonce, string? associatedData, string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[plain.Length + TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(Encoding.UTF8.GetBytes(nonce), plain, output.AsSpan(0, plain.Length), output.AsSpan(plain.Length),
            Encoding.UTF8.GetBytes(associatedData ?? ""));
        return Convert.ToBase64String(output);
    }
}
