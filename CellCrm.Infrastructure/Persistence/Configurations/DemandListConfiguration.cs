using CellCrm.Domain.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class DemandListConfiguration : IEntityTypeConfiguration<DemandList>
{
    public void Configure(EntityTypeBuilder<DemandList> b)
    {
        b.ToTable("DemandLists");
        b.Property(d => d.Number).HasMaxLength(DemandList.NumberMaxLength).IsRequired();
        b.Property(d => d.RelationshipDetail).HasMaxLength(DemandDetails.ShortMaxLength);
        b.Property(d => d.StorageContractNumber).HasMaxLength(DemandDetails.ShortMaxLength);
        b.Property(d => d.StorageType).HasMaxLength(DemandDetails.ShortMaxLength);
        b.Property(d => d.Purpose).HasMaxLength(DemandDetails.TextMaxLength).IsRequired();
        b.Property(d => d.BasicSituation).HasMaxLength(DemandDetails.TextMaxLength).IsRequired();
        b.Property(d => d.Appeal).HasMaxLength(DemandDetails.TextMaxLength).IsRequired();
        b.Property(d => d.SpecialSituation).HasMaxLength(DemandDetails.TextMaxLength);
        b.Property(d => d.MedicalExpertName).HasMaxLength(50).IsRequired();
        b.Property(d => d.RejectionReason).HasMaxLength(DemandList.ReasonMaxLength);
        b.Ignore(d => d.CurrentPlan);
        b.Ignore(d => d.IsEditable);
        b.Ignore(d => d.ReportsOpen);
        b.HasIndex(d => d.Number).IsUnique();
        b.HasIndex(d => d.RecipientId);
        b.HasIndex(d => d.DonorId);
        b.HasIndex(d => new { d.OwnerId, d.CreatedAt });
        b.HasIndex(d => new { d.DepartmentId, d.CreatedAt });
        b.HasIndex(d => new { d.MedicalExpertId, d.ReviewStatus });
        b.HasMany(d => d.Plans).WithOne().HasForeignKey(p => p.DemandListId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Plans).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
