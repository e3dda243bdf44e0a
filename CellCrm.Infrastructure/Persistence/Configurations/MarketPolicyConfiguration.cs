using CellCrm.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class MarketPolicyConfiguration : IEntityTypeConfiguration<MarketPolicy>
{
    public void Configure(EntityTypeBuilder<MarketPolicy> b)
    {
        b.ToTable("MarketPolicies");
        b.Property(p => p.Code).HasMaxLength(MarketPolicy.CodeMaxLength).IsRequired();
        b.Property(p => p.Name).HasMaxLength(MarketPolicy.NameMaxLength).IsRequired();
        b.Property(p => p.Description).HasMaxLength(MarketPolicy.DescriptionMaxLength);
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => new { p.IsActive, p.ValidTo });
        b.HasMany(p => p.Products).WithOne().HasForeignKey(p => p.PolicyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Products).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
