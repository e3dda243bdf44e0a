using CellCrm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class CustomerShareConfiguration : IEntityTypeConfiguration<CustomerShare>
{
    public void Configure(EntityTypeBuilder<CustomerShare> b)
    {
        b.ToTable("CustomerShares");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(CustomerShare.CustomerId));
        b.Property(s => s.Number).HasMaxLength(CustomerShare.NumberMaxLength).IsRequired();
        b.Property(s => s.RequestedName).HasMaxLength(Customer.NameMaxLength).IsRequired();
        b.Property(s => s.RequestedMobile).HasMaxLength(MobileNumber.Length).IsRequired();
        b.Property(s => s.Reason).HasMaxLength(CustomerShare.ReasonMaxLength).IsRequired();
        b.HasIndex(s => s.Number).IsUnique();
        b.HasIndex(s => new { s.ApplicantId, s.Status });
        b.HasIndex(s => new { s.Status, s.ExpiresAt });
        b.HasIndex(s => s.CustomerId);
    }
}
