using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

/// <summary>Needs the protector (the mobile is stored encrypted), so <see cref="CellCrmDbContext"/> applies it itself.</summary>
public sealed class ContractConfiguration(IPersonalDataProtector protector) : IEntityTypeConfiguration<Contract>
{
    public const string MobileHash = "MobileHash";

    public void Configure(EntityTypeBuilder<Contract> b)
    {
        b.ToTable("Contracts");
        b.Property(c => c.Number).HasMaxLength(Contract.NumberMaxLength).IsRequired();
        b.Property(c => c.Mobile).IsRequired().IsPersonalData(protector, MobileHash, "mobile");
        b.Property<string>(MobileHash).HasMaxLength(PersonalDataPropertyExtensions.HashLength).IsFixedLength().IsRequired();
        b.Property(c => c.HospitalDepartment).HasMaxLength(ContractDetails.DepartmentMaxLength);
        b.Property(c => c.StorageCity).HasMaxLength(ContractDetails.CityMaxLength).IsRequired();
        b.Property(c => c.Remarks).HasMaxLength(ContractDetails.RemarksMaxLength);
        b.Property(c => c.MarketPolicyName).HasMaxLength(MarketPolicy.NameMaxLength);
        b.Property(c => c.ReviewRejectionReason).HasMaxLength(Contract.ReasonMaxLength);
        b.Property(c => c.AgreementReference).HasMaxLength(Contract.ReferenceMaxLength);
        b.Ignore(c => c.DiscountFen);
        b.Ignore(c => c.NeedsSignature);
        b.Ignore(c => c.IsEditable);
        b.Ignore(c => c.AcceptsPayment);
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => c.RequestKey).IsUnique();
        b.Property(c => c.RequestKey).HasAnnotation(ModelAnnotations.NotAudited, true);
        b.HasIndex(c => c.CustomerId);
        b.HasIndex(MobileHash);
        b.HasIndex(c => new { c.OwnerId, c.CreatedAt });
        b.HasIndex(c => new { c.DepartmentId, c.CreatedAt });
        b.HasIndex(c => new { c.Status, c.CreatedAt });
        b.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.DemandLists).WithOne().HasForeignKey(l => l.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.DemandLists).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
