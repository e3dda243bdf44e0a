using CellCrm.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class BulkPushRunConfiguration : IEntityTypeConfiguration<BulkPushRun>
{
    public void Configure(EntityTypeBuilder<BulkPushRun> b)
    {
        b.ToTable("BulkPushRuns");
        b.Property(r => r.Tag).HasMaxLength(BulkPushRun.TagMaxLength).IsRequired();
        b.Property(r => r.Title).HasMaxLength(CustomerTask.TitleMaxLength).IsRequired();
        b.Property(r => r.StaffName).HasMaxLength(CustomerTask.CreatedByNameMaxLength).IsRequired();
        b.Ignore(r => r.Percent);
        b.HasIndex(r => new { r.StaffId, r.CreatedAt });
    }
}
