using CellCrm.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("Products");
        b.Property(p => p.Code).HasMaxLength(Product.CodeMaxLength).IsRequired();
        b.Property(p => p.Name).HasMaxLength(Product.NameMaxLength).IsRequired();
        b.Property(p => p.CellType).HasMaxLength(Product.NameMaxLength).IsRequired();
        b.Property(p => p.CellAmount).HasMaxLength(Product.NameMaxLength);
        b.Property(p => p.ExtractionApprovalRule).HasMaxLength(Product.TextMaxLength);
        b.Property(p => p.PreparationRule).HasMaxLength(Product.TextMaxLength);
        b.Property(p => p.ReleaseRule).HasMaxLength(Product.TextMaxLength);
        b.Property(p => p.Notes).HasMaxLength(Product.TextMaxLength * 2);
        b.HasIndex(p => p.Code).IsUnique();
    }
}
