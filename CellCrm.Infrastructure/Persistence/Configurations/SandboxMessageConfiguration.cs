using CellCrm.Infrastructure.Messaging.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class SandboxMessageConfiguration : IEntityTypeConfiguration<SandboxMessage>
{
    public void Configure(EntityTypeBuilder<SandboxMessage> b)
    {
        b.ToTable("SandboxMessages");
        b.Property(m => m.Channel).HasMaxLength(20).IsRequired();
        b.Property(m => m.Recipient).HasMaxLength(SandboxMessage.RecipientMaxLength).IsRequired();
        b.Property(m => m.TemplateKey).HasMaxLength(50).IsRequired();
        b.Property(m => m.Content).HasMaxLength(SandboxMessage.ContentMaxLength).IsRequired();
        b.Property(m => m.Url).HasMaxLength(500);
        b.Property(m => m.IdempotencyKey).HasMaxLength(SandboxMessage.IdempotencyKeyMaxLength);
        b.HasIndex(m => m.SentAt);
        b.HasIndex(m => m.IdempotencyKey).IsUnique();
    }
}
