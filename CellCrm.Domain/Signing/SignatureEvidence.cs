using CellCrm.Domain.Common;

namespace CellCrm.Domain.Signing;

/// <summary>签署证据: who signed (the real-name verified name and masked ID number, the WeChat openid), when and from
/// where, the SHA-256 of the document they were shown and of the signed file it produced, and the template
/// version. Written once per signature, never changed.</summary>
public class SignatureEvidence : Entity
{
    public const int NameMaxLength = 50;
    public const int MaskedIdMaxLength = 30;
    public const int OpenIdMaxLength = 64;
    public const int IpAddressMaxLength = 45;
    public const int UserAgentMaxLength = 400;

    private SignatureEvidence()
    {
        SignerName = "";
        Role = "";
        HashBefore = "";
        HashAfter = "";
        TemplateCode = "";
    }

    internal SignatureEvidence(SignableDocument document, DocumentSigner signer, SignatureInput input, int inkPixels)
        : this()
    {
        DocumentId = document.Id;
        SignerOrder = signer.Order;
        CustomerId = signer.CustomerId;
        Role = signer.Role;
        SignerName = Guard.Required(input.SignerName, "签署人姓名", NameMaxLength);
        MaskedIdNumber = Clip(input.MaskedIdNumber, MaskedIdMaxLength);
        OpenId = Clip(input.OpenId, OpenIdMaxLength);
        IpAddress = Clip(input.IpAddress, IpAddressMaxLength);
        UserAgent = Clip(input.UserAgent, UserAgentMaxLength);
        SignedAt = input.SignedAt;
        HashBefore = Hash(input.HashBefore);
        HashAfter = Hash(input.HashAfter);
        SignatureImageFileId = input.SignatureImageFileId;
        SignedFileId = input.SignedFileId;
        InkPixels = inkPixels;
        TemplateCode = document.TemplateCode;
        TemplateVersion = document.TemplateVersion;
    }

    public Guid DocumentId { get; private set; }

    public int SignerOrder { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Role { get; private set; }

    /// <summary>The name confirmed by real-name verification, as printed under the signature.</summary>
    public string SignerName { get; private set; }

    /// <summary>The ID number masked (110105********1234): enough to identify, not to use.</summary>
    public string? MaskedIdNumber { get; private set; }

    public string? OpenId { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>SHA-256 of the PDF the signer was shown.</summary>
    public string HashBefore { get; private set; }

    /// <summary>SHA-256 of the signed PDF this signature produced.</summary>
    public string HashAfter { get; private set; }

    /// <summary>The handwriting (PNG) as drawn, kept to print it again for a later signer.</summary>
    public Guid SignatureImageFileId { get; private set; }

    public Guid SignedFileId { get; private set; }

    public int InkPixels { get; private set; }

    public string TemplateCode { get; private set; }

    public int TemplateVersion { get; private set; }

    internal static string Hash(string? hex) => hex is { Length: 64 } && hex.All(Uri.IsHexDigit)
        ? hex.ToLowerInvariant() : throw new DomainException("文件摘要无效");

    private static string? Clip(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
