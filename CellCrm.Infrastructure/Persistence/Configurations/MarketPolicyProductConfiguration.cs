using CellCrm.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class MarketPolicyProductConfiguration : IEntityTypeConfiguration<MarketPolicyProduct>
{
    public void Configure(EntityTypeBuilder<MarketPolicyProduct> b)
    {
        b.ToTable("MarketPolicyProducts");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(MarketPolicyProduct.PolicyId));
        b.HasIndex(p => new { p.PolicyId, p.ProductId }).IsUnique();
    }
}
