using System.ComponentModel.DataAnnotations;

namespace CellCrm.Infrastructure.Security;

/// <summary>Keys for personal data at rest. Never in appsettings.json: environment variables
/// (Security__DataKey, Security__LookupKey) or user secrets. Each is 32 random bytes, Base64.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>AES-256-GCM key that encrypts mobiles and ID numbers.</summary>
    [Required(ErrorMessage = "Security:DataKey is required (32 bytes, Base64)")]
    public string DataKey { get; set; } = "";

    /// <summary>HMAC-SHA256 key of the lookup hashes (exact-match search without decrypting).</summary>
    [Required(ErrorMessage = "Security:LookupKey is required (32 bytes, Base64)")]
    public string LookupKey { get; set; } = "";
}
