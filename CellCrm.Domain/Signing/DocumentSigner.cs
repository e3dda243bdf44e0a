using CellCrm.Domain.Common;

namespace CellCrm.Domain.Signing;

/// <summary>A customer who signs a <see cref="SignableDocument"/>, at their place in the signing order.</summary>
public class DocumentSigner : Entity
{
    public const int RoleMaxLength = 20;
    public const int FieldNameMaxLength = 40;

    private DocumentSigner()
    {
        Role = "";
        FieldName = "";
    }

    internal DocumentSigner(Guid documentId, int order, SignerSpec spec)
    {
        DocumentId = documentId;
        Order = order;
        CustomerId = spec.CustomerId;
        Role = Guard.Required(spec.Role, "签署人身份", RoleMaxLength);
        FieldName = Guard.Required(spec.FieldName, "签名位置", FieldNameMaxLength);
    }

    public Guid DocumentId { get; private set; }

    /// <summary>签署顺序, from 1.</summary>
    public int Order { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Role { get; private set; }

    /// <summary>The template's signature field that receives this signer's handwriting.</summary>
    public string FieldName { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public bool HasSigned => SignedAt is not null;

    internal void MarkSigned(DateTimeOffset at) => SignedAt = at;
}
