using CellCrm.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class CustomerTaskConfiguration : IEntityTypeConfiguration<CustomerTask>
{
    public void Configure(EntityTypeBuilder<CustomerTask> b)
    {
        b.ToTable("CustomerTasks");
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(CustomerTask.CustomerId));
        b.Property(t => t.Title).HasMaxLength(CustomerTask.TitleMaxLength).IsRequired();
        b.Property(t => t.SubjectType).HasMaxLength(TaskSubject.TypeMaxLength);
        b.Property(t => t.CreatedByName).HasMaxLength(CustomerTask.CreatedByNameMaxLength).IsRequired();
        b.Property(t => t.PushKey).HasMaxLength(CustomerTask.PushKeyMaxLength).IsRequired();
        // A repeated submission (double click, a bulk job retried) hits this index instead of pushing twice.
        b.HasIndex(t => t.PushKey).IsUnique();
        b.HasIndex(t => new { t.CustomerId, t.State, t.CreatedAt });
        b.Ignore(t => t.PortalPath);
    }
}
