using CellCrm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PoolClaimConfiguration : IEntityTypeConfiguration<PoolClaim>
{
    public void Configure(EntityTypeBuilder<PoolClaim> b)
    {
        b.ToTable("PoolClaims");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(PoolClaim.CustomerId));
        b.HasIndex(c => new { c.CustomerId, c.Status });
    }
}
