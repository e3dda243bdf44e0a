using CellCrm.Domain.Agreements;
using CellCrm.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class SupplementaryAgreementLineConfiguration : IEntityTypeConfiguration<SupplementaryAgreementLine>
{
    public void Configure(EntityTypeBuilder<SupplementaryAgreementLine> b)
    {
        b.ToTable("SupplementaryAgreementLines");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(SupplementaryAgreementLine.AgreementId));
        b.Property(l => l.ProductCode).HasMaxLength(Product.CodeMaxLength).IsRequired();
        b.Property(l => l.ProductName).HasMaxLength(Product.NameMaxLength).IsRequired();
        b.HasIndex(l => new { l.AgreementId, l.Sort });
    }
}
