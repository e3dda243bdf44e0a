using CellCrm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class FamilyArchiveConfiguration : IEntityTypeConfiguration<FamilyArchive>
{
    public void Configure(EntityTypeBuilder<FamilyArchive> b)
    {
        b.ToTable("FamilyArchives");
        b.Property(f => f.Name).HasMaxLength(FamilyArchive.NameMaxLength).IsRequired();
    }
}
