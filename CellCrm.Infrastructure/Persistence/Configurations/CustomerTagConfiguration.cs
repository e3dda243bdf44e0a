using CellCrm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class CustomerTagConfiguration : IEntityTypeConfiguration<CustomerTag>
{
    public void Configure(EntityTypeBuilder<CustomerTag> b)
    {
        b.ToTable("CustomerTags");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(CustomerTag.CustomerId));
        b.Property(t => t.Name).HasMaxLength(CustomerTag.NameMaxLength).IsRequired();
        b.HasIndex(t => new { t.CustomerId, t.Name }).IsUnique();
        b.HasIndex(t => t.Name);
    }
}
