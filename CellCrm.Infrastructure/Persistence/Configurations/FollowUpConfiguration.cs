using CellCrm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("FollowUps");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(FollowUp.CustomerId));
        b.Property(f => f.Content).HasMaxLength(FollowUp.ContentMaxLength).IsRequired();
        b.HasIndex(f => new { f.CustomerId, f.CreatedAt });
        b.HasIndex(f => new { f.StaffId, f.NextAt });
    }
}
