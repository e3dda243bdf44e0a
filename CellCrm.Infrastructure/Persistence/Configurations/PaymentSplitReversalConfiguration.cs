using CellCrm.Domain.PaymentSplits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentSplitReversalConfiguration : IEntityTypeConfiguration<PaymentSplitReversal>
{
    public void Configure(EntityTypeBuilder<PaymentSplitReversal> b)
    {
        b.ToTable("PaymentSplitReversals");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(PaymentSplitReversal.SplitId));
        b.Property(r => r.RefundReference).HasMaxLength(PaymentSplitReversal.ReferenceMaxLength).IsRequired();
        // A refund is reversed once per line, whatever retries happen.
        b.HasIndex(r => new { r.SplitId, r.RefundReference, r.LineId }).IsUnique();
    }
}
