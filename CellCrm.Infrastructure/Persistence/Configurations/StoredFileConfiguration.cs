using CellCrm.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        // A file is audited under what it belongs to (a demand list's history shows its reports added and removed).
        b.HasAnnotation(ModelAnnotations.AuditRoot, nameof(StoredFile.OwnerId));
        b.Property(f => f.Key).HasMaxLength(StoredFile.KeyMaxLength).IsRequired();
        b.Property(f => f.OriginalName).HasMaxLength(FileNames.MaxLength).IsRequired();
        b.Property(f => f.ContentType).HasMaxLength(StoredFile.ContentTypeMaxLength).IsRequired();
        b.Property(f => f.Sha256Hex).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(f => f.OwnerType).HasMaxLength(FileOwner.TypeMaxLength).IsRequired();
        b.Property(f => f.UploadedByName).HasMaxLength(StoredFile.UploaderNameMaxLength).IsRequired();
        b.HasIndex(f => f.Key).IsUnique();
        // The same bytes once per owner: a repeated submission finds (or, racing, collides with) the first record.
        b.HasIndex(f => new { f.OwnerType, f.OwnerId, f.Sha256Hex }).IsUnique();
    }
}
