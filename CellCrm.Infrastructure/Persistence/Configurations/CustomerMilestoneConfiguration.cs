using CellCrm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class CustomerMilestoneConfiguration : IEntityTypeConfiguration<CustomerMilestone>
{
    public void Configure(EntityTypeBuilder<CustomerMilestone> b)
    {
        b.ToTable("CustomerMilestones");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(CustomerMilestone.CustomerId));
        b.Property(m => m.Reference).HasMaxLength(CustomerMilestone.ReferenceMaxLength).IsRequired();
        b.HasIndex(m => new { m.CustomerId, m.At });
    }
}
