using CellCrm.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("Departments");
        b.Property(d => d.Name).HasMaxLength(Department.NameMaxLength).IsRequired();
        b.Property(d => d.Path).HasMaxLength(400).IsRequired().HasAnnotation(ModelAnnotations.NotAudited, true);
        b.Ignore(d => d.Depth);
        b.HasIndex(d => d.Path).IsUnique();
        b.HasIndex(d => d.ParentId);
    }
}
