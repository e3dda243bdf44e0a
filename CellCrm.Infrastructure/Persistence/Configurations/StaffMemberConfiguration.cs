using CellCrm.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.Property(s => s.Name).HasMaxLength(StaffMember.NameMaxLength).IsRequired();
        b.Property(s => s.Title).HasMaxLength(StaffMember.TitleMaxLength);
        b.HasIndex(s => s.DepartmentId);
    }
}
