using CellCrm.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        b.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength).IsRequired();
        b.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        b.HasIndex(n => new { n.RecipientId, n.ReadAt, n.CreatedAt });
    }
}
