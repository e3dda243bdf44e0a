using CellCrm.Domain.Catalog;
using CellCrm.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class ContractLineConfiguration : IEntityTypeConfiguration<ContractLine>
{
    public void Configure(EntityTypeBuilder<ContractLine> b)
    {
        b.ToTable("ContractLines");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(ContractLine.ContractId));
        b.Property(l => l.ProductCode).HasMaxLength(Product.CodeMaxLength).IsRequired();
        b.Property(l => l.ProductName).HasMaxLength(Product.NameMaxLength).IsRequired();
        b.Ignore(l => l.AmountBeforeFen);
        b.Ignore(l => l.DiscountFen);
        b.HasIndex(l => new { l.ContractId, l.Sort });
        b.HasIndex(l => l.ProductId);
    }
}
