using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

/// <summary>Applied by <see cref="CellCrmDbContext"/> itself: the mobile is encrypted like customers' mobiles.</summary>
public sealed class StaffMemberConfiguration(IPersonalDataProtector protector) : IEntityTypeConfiguration<StaffMember>
{
    public const string MobileHash = "MobileHash";

    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.Property(s => s.Name).HasMaxLength(StaffMember.NameMaxLength).IsRequired();
        b.Property(s => s.Title).HasMaxLength(StaffMember.TitleMaxLength);
        b.Property(s => s.Mobile).IsPersonalData(protector, MobileHash, "mobile");
        b.Property<string?>(MobileHash).HasMaxLength(PersonalDataPropertyExtensions.HashLength).IsFixedLength();
        b.HasIndex(MobileHash);
        b.HasIndex(s => s.DepartmentId);
        b.HasIndex(s => s.Name);
    }
}
