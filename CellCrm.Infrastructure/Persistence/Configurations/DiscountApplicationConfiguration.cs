using CellCrm.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class DiscountApplicationConfiguration : IEntityTypeConfiguration<DiscountApplication>
{
    public void Configure(EntityTypeBuilder<DiscountApplication> b)
    {
        b.ToTable("DiscountApplications");
        b.Property(a => a.Number).HasMaxLength(DiscountApplication.NumberMaxLength).IsRequired();
        b.Property(a => a.PolicyName).HasMaxLength(MarketPolicy.NameMaxLength).IsRequired();
        b.Property(a => a.PolicyCode).HasMaxLength(MarketPolicy.CodeMaxLength);
        b.Property(a => a.VipSource).HasMaxLength(DiscountApplication.SourceMaxLength);
        b.Property(a => a.Reason).HasMaxLength(DiscountApplication.ReasonMaxLength).IsRequired();
        b.Property(a => a.RejectionReason).HasMaxLength(DiscountApplication.ReasonMaxLength);
        b.Ignore(a => a.AmountAfterFen);
        b.HasIndex(a => a.Number).IsUnique();
        b.HasIndex(a => new { a.CustomerId, a.Status });
        b.HasIndex(a => new { a.ApplicantId, a.CreatedAt });
        b.HasIndex(a => new { a.DepartmentId, a.CreatedAt });
        // One contract per approved discount, enforced by the database as well as by the domain.
        b.HasIndex(a => a.UsedByContractId).IsUnique();
    }
}
