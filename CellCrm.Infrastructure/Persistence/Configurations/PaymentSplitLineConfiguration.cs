using CellCrm.Domain.PaymentSplits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentSplitLineConfiguration : IEntityTypeConfiguration<PaymentSplitLine>
{
    public void Configure(EntityTypeBuilder<PaymentSplitLine> b)
    {
        b.ToTable("PaymentSplitLines");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(PaymentSplitLine.SplitId));
        b.Property(l => l.AdvisorName).HasMaxLength(PaymentSplitLine.NameMaxLength).IsRequired();
        b.Property(l => l.HospitalName).HasMaxLength(PaymentSplitLine.NameMaxLength).IsRequired();
        b.Ignore(l => l.RemainingFen);
        b.HasIndex(l => new { l.SplitId, l.Sort });
        b.HasIndex(l => l.AdvisorId);
        b.HasIndex(l => l.HospitalId);
    }
}
