using CellCrm.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class StaffRoleConfiguration : IEntityTypeConfiguration<StaffRole>
{
    public void Configure(EntityTypeBuilder<StaffRole> b)
    {
        b.Property(r => r.DisplayName).HasMaxLength(StaffRole.DisplayNameMaxLength).IsRequired();
        b.Property(r => r.Description).HasMaxLength(200);
    }
}
