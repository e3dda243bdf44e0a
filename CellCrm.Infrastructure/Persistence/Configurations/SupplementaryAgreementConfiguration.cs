using CellCrm.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class SupplementaryAgreementConfiguration : IEntityTypeConfiguration<SupplementaryAgreement>
{
    public void Configure(EntityTypeBuilder<SupplementaryAgreement> b)
    {
        b.ToTable("SupplementaryAgreements");
        b.Property(a => a.Number).HasMaxLength(SupplementaryAgreement.NumberMaxLength).IsRequired();
        b.Property(a => a.ContractNumber).HasMaxLength(SupplementaryAgreement.NumberMaxLength).IsRequired();
        b.Property(a => a.Reason).HasMaxLength(SupplementaryAgreement.ReasonMaxLength).IsRequired();
        b.Property(a => a.KeptItems).HasMaxLength(SupplementaryAgreement.ItemsMaxLength);
        b.Property(a => a.CancelledItems).HasMaxLength(SupplementaryAgreement.ItemsMaxLength);
        b.Property(a => a.ReviewRejectionReason).HasMaxLength(SupplementaryAgreement.ReasonMaxLength);
        b.Property(a => a.RevokeReason).HasMaxLength(SupplementaryAgreement.ReasonMaxLength);
        b.Ignore(a => a.ChangesContract);
        b.Ignore(a => a.InProgress);
        b.Ignore(a => a.IsTermination);
        b.HasIndex(a => a.Number).IsUnique();
        b.HasIndex(a => a.RequestKey).IsUnique();
        b.Property(a => a.RequestKey).HasAnnotation(ModelAnnotations.NotAudited, true);
        // One termination or storage change in progress per contract, also under concurrent requests.
        b.HasIndex(a => a.OpenChangeContractId).IsUnique();
        b.Property(a => a.OpenChangeContractId).HasAnnotation(ModelAnnotations.NotAudited, true);
        b.HasIndex(a => new { a.ContractId, a.CreatedAt });
        b.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
