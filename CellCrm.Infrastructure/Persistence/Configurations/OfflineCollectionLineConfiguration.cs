using CellCrm.Domain.Catalog;
using CellCrm.Domain.OfflineCollections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class OfflineCollectionLineConfiguration : IEntityTypeConfiguration<OfflineCollectionLine>
{
    public void Configure(EntityTypeBuilder<OfflineCollectionLine> b)
    {
        b.ToTable("OfflineCollectionLines");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(OfflineCollectionLine.CollectionId));
        b.Property(l => l.ProductName).HasMaxLength(Product.NameMaxLength).IsRequired();
        b.HasIndex(l => new { l.CollectionId, l.Sort });
        b.HasIndex(l => l.ContractLineId);
    }
}
