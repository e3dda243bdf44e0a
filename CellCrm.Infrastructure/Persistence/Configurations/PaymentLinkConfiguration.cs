using System.Text.Json;
using CellCrm.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PaymentLinkConfiguration : IEntityTypeConfiguration<PaymentLink>
{
    public const int PlanLineIdsMaxLength = 4000;

    public void Configure(EntityTypeBuilder<PaymentLink> b)
    {
        b.ToTable("PaymentLinks");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(PaymentLink.CustomerId));
        b.Property(l => l.Reason).HasMaxLength(PaymentLink.ReasonMaxLength).IsRequired();
        b.Property(l => l.CreatedByName).HasMaxLength(PaymentLink.NameMaxLength).IsRequired();
        b.Property(l => l.CancelReason).HasMaxLength(PaymentLink.ReasonMaxLength);
        b.Property(l => l.TransactionId).HasMaxLength(Payment.TransactionIdMaxLength);
        b.Property<List<Guid>>("_planLineIds")
            .HasColumnName("PlanLineIds")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<Guid>>(v, JsonSerializerOptions.Default) ?? new List<Guid>(),
                new ValueComparer<List<Guid>>((l, r) => l!.SequenceEqual(r!), v => v.Aggregate(0, (h, g) => HashCode.Combine(h, g)), v => v.ToList()))
            .HasMaxLength(PlanLineIdsMaxLength)
            .IsRequired();
        b.Ignore(l => l.PlanLineIds);
        b.Ignore(l => l.OpenAttempt);
        b.Ignore(l => l.PortalPath);
        b.HasMany(l => l.Attempts).WithOne().HasForeignKey(a => a.PaymentLinkId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(l => new { l.CustomerId, l.SentAt });
        b.HasIndex(l => new { l.State, l.ExpiresAt });
        b.HasIndex(l => l.ContractId);
    }
}
