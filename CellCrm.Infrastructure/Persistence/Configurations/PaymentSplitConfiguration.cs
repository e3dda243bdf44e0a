using CellCrm.Domain.PaymentSplits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentSplitConfiguration : IEntityTypeConfiguration<PaymentSplit>
{
    public void Configure(EntityTypeBuilder<PaymentSplit> b)
    {
        b.ToTable("PaymentSplits");
        b.Property(s => s.Number).HasMaxLength(PaymentSplit.NumberMaxLength).IsRequired();
        b.Property(s => s.RejectionReason).HasMaxLength(PaymentSplit.ReasonMaxLength);
        b.Property(s => s.RequestKey).HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Ignore(s => s.ReversedFen);
        b.HasIndex(s => s.Number).IsUnique();
        b.HasIndex(s => s.RequestKey).IsUnique();
        // One pending or approved split per receipt, enforced by the database as well (null once rejected).
        b.HasIndex(s => new { s.SourceKind, s.ActiveSourceId }).IsUnique();
        b.HasIndex(s => new { s.SourceKind, s.SourceId });
        b.HasIndex(s => new { s.CustomerId, s.CreatedAt });
        b.HasIndex(s => s.ContractId);
        b.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SplitId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Reversals).WithOne().HasForeignKey(r => r.SplitId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(s => s.Reversals).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
