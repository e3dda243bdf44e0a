using CellCrm.Domain.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class SignatureEvidenceConfiguration : IEntityTypeConfiguration<SignatureEvidence>
{
    public const string OneSignaturePerSigner = "IX_SignatureEvidence_DocumentId_SignerOrder";

    public void Configure(EntityTypeBuilder<SignatureEvidence> b)
    {
        b.ToTable("SignatureEvidence");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(SignatureEvidence.DocumentId));
        b.Property(e => e.Role).HasMaxLength(DocumentSigner.RoleMaxLength).IsRequired();
        b.Property(e => e.SignerName).HasMaxLength(SignatureEvidence.NameMaxLength).IsRequired();
        b.Property(e => e.MaskedIdNumber).HasMaxLength(SignatureEvidence.MaskedIdMaxLength);
        b.Property(e => e.OpenId).HasMaxLength(SignatureEvidence.OpenIdMaxLength);
        b.Property(e => e.IpAddress).HasMaxLength(SignatureEvidence.IpAddressMaxLength);
        b.Property(e => e.UserAgent).HasMaxLength(SignatureEvidence.UserAgentMaxLength);
        b.Property(e => e.HashBefore).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(e => e.HashAfter).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(e => e.TemplateCode).HasMaxLength(SignableDocument.TemplateCodeMaxLength).IsRequired();
        // A double tap that got past the version check still cannot record a second signature of one signer.
        b.HasIndex(e => new { e.DocumentId, e.SignerOrder }).IsUnique().HasDatabaseName(OneSignaturePerSigner);
    }
}
