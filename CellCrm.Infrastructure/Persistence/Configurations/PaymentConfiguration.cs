using CellCrm.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(Payment.PaymentLinkId));
        b.Property(p => p.OutTradeNo).HasMaxLength(PaymentNumbers.OutTradeNoMaxLength).IsRequired();
        b.Property(p => p.TransactionId).HasMaxLength(Payment.TransactionIdMaxLength).IsRequired();
        b.Property(p => p.Note).HasMaxLength(Payment.NoteMaxLength);
        // Credited exactly once: a second insert of the same WeChat Pay transaction fails on this key.
        b.HasIndex(p => p.TransactionId).IsUnique();
        b.HasIndex(p => p.PaymentLinkId);
        b.HasIndex(p => new { p.CustomerId, p.PaidAt });
        b.HasIndex(p => p.RecordedAt);
        b.HasOne<PaymentLink>().WithMany().HasForeignKey(p => p.PaymentLinkId).OnDelete(DeleteBehavior.Restrict);
    }
}
