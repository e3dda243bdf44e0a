using CellCrm.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class HospitalConfiguration : IEntityTypeConfiguration<Hospital>
{
    public void Configure(EntityTypeBuilder<Hospital> b)
    {
        b.ToTable("Hospitals");
        b.Property(h => h.Name).HasMaxLength(Hospital.NameMaxLength).IsRequired();
        b.Property(h => h.City).HasMaxLength(Hospital.CityMaxLength).IsRequired();
        b.Property(h => h.Region).HasMaxLength(Hospital.CityMaxLength);
        b.Property(h => h.Departments).HasMaxLength(Hospital.DepartmentsMaxLength);
        b.HasIndex(h => h.Name).IsUnique();
    }
}
