using CellCrm.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(a => a.Id);
        b.Property(a => a.EntityType).HasMaxLength(60).IsRequired();
        b.Property(a => a.Field).HasMaxLength(60).IsRequired();
        b.Property(a => a.OldValue).HasMaxLength(AuditEntry.ValueMaxLength);
        b.Property(a => a.NewValue).HasMaxLength(AuditEntry.ValueMaxLength);
        b.Property(a => a.ActorName).HasMaxLength(60).IsRequired();
        b.HasIndex(a => new { a.RootId, a.At });
    }
}
