using CellCrm.Domain.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class DocumentSignerConfiguration : IEntityTypeConfiguration<DocumentSigner>
{
    public void Configure(EntityTypeBuilder<DocumentSigner> b)
    {
        b.ToTable("DocumentSigners");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(DocumentSigner.DocumentId));
        b.Property(s => s.Role).HasMaxLength(DocumentSigner.RoleMaxLength).IsRequired();
        b.Property(s => s.FieldName).HasMaxLength(DocumentSigner.FieldNameMaxLength).IsRequired();
        b.Ignore(s => s.HasSigned);
        b.HasIndex(s => new { s.DocumentId, s.Order }).IsUnique();
        b.HasIndex(s => s.CustomerId);
    }
}
