using CellCrm.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class PortalMessageConfiguration : IEntityTypeConfiguration<PortalMessage>
{
    public void Configure(EntityTypeBuilder<PortalMessage> b)
    {
        b.ToTable("PortalMessages");
        b.Property(m => m.Title).HasMaxLength(OutboxMessage.TitleMaxLength).IsRequired();
        b.Property(m => m.Body).HasMaxLength(PortalMessage.BodyMaxLength).IsRequired();
        b.Property(m => m.Url).HasMaxLength(OutboxMessage.UrlMaxLength);
        b.HasIndex(m => m.OutboxMessageId).IsUnique();
        b.HasIndex(m => new { m.CustomerId, m.CreatedAt });
    }
}
