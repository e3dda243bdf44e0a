using CellCrm.Domain.Payments;
using CellCrm.Domain.Refunds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class RefundLineConfiguration : IEntityTypeConfiguration<RefundLine>
{
    public void Configure(EntityTypeBuilder<RefundLine> b)
    {
        b.ToTable("RefundLines");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(RefundLine.RefundApplicationId));
        b.Property(l => l.SourceLabel).HasMaxLength(RefundLine.SourceLabelMaxLength).IsRequired();
        b.Property(l => l.Reason).HasMaxLength(RefundLine.ReasonMaxLength);
        b.Property(l => l.OutRefundNo).HasMaxLength(PaymentNumbers.OutRefundNoMaxLength);
        b.Property(l => l.RefundId).HasMaxLength(RefundLine.RefundIdMaxLength);
        b.Property(l => l.FailureReason).HasMaxLength(RefundLine.FailureMaxLength);
        b.Property(l => l.VoucherNo).HasMaxLength(RefundLine.VoucherNoMaxLength);
        b.Property(l => l.RecordedByName).HasMaxLength(RefundLine.RecordedByMaxLength);
        // One refund per number at WeChat Pay, one line per number here.
        b.HasIndex(l => l.OutRefundNo).IsUnique();
        b.HasIndex(l => new { l.SourceKind, l.SourceId });
        b.HasIndex(l => new { l.RefundApplicationId, l.Sort });
    }
}
