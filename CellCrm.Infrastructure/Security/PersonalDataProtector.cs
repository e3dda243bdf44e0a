using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Security;

/// <summary>Encrypts personal data for storage and makes keyed lookup hashes of it.</summary>
public interface IPersonalDataProtector
{
    string Encrypt(string plaintext);

    string Decrypt(string stored);

    /// <summary>Deterministic keyed hash (hex) for equality search; the plaintext cannot be recovered from it.</summary>
    string LookupHash(string plaintext);
}

/// <summary>AES-256-GCM with a random nonce per value ("v1:" + Base64(nonce ‖ ciphertext ‖ tag)); lookups use
/// HMAC-SHA256 under a separate key, so the hash column alone gives no way to test guesses without that key.</summary>
public sealed class PersonalDataProtector : IPersonalDataProtector
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _dataKey;
    private readonly byte[] _lookupKey;

    public PersonalDataProtector(IOptions<SecurityOptions> options)
    {
        _dataKey = DecodeKey(options.Value.DataKey, "Security:DataKey");
        _lookupKey = DecodeKey(options.Value.LookupKey, "Security:LookupKey");
    }

    public string Encrypt(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceSize + plain.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_dataKey, TagSize);
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize, plain.Length), buffer.AsSpan(NonceSize + plain.Length, TagSize));
        return Prefix + Convert.ToBase64String(buffer);
    }

    public string Decrypt(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown personal-data cipher format.");
        }

        var buffer = Convert.FromBase64String(stored[Prefix.Length..]);
        var plainLength = buffer.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        using var aes = new AesGcm(_dataKey, TagSize);
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, plainLength), buffer.AsSpan(NonceSize + plainLength, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public string LookupHash(string plaintext) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(plaintext)));

    private static byte[] DecodeKey(string value, string name)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} must be Base64.");
        }

        return key.Length == 32 ? key : throw new InvalidOperationException($"{name} must be 32 bytes (Base64).");
    }
}
