using CellCrm.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentAttemptConfiguration : IEntityTypeConfiguration<PaymentAttempt>
{
    public void Configure(EntityTypeBuilder<PaymentAttempt> b)
    {
        b.ToTable("PaymentAttempts");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(PaymentAttempt.PaymentLinkId));
        b.Property(a => a.OutTradeNo).HasMaxLength(PaymentNumbers.OutTradeNoMaxLength).IsRequired();
        b.Property(a => a.PrepayId).HasMaxLength(PaymentAttempt.PrepayIdMaxLength);
        b.Property(a => a.TransactionId).HasMaxLength(Payment.TransactionIdMaxLength);
        // A notify names the order by out_trade_no: one attempt per number, found by this index.
        b.HasIndex(a => a.OutTradeNo).IsUnique();
        // The reconciliation job's scan: open orders, oldest first.
        b.HasIndex(a => new { a.State, a.CreatedAt });
    }
}
