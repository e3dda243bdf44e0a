using System.Text.Json;
using CellCrm.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CellCrm.Infrastructure.Persistence.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const int FieldsMaxLength = 2000;

    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.TemplateKey).HasMaxLength(OutboxMessage.TemplateKeyMaxLength).IsRequired();
        b.Property(m => m.Title).HasMaxLength(OutboxMessage.TitleMaxLength).IsRequired();
        b.Property(m => m.Url).HasMaxLength(OutboxMessage.UrlMaxLength);
        b.Property(m => m.IdempotencyKey).HasMaxLength(OutboxMessage.IdempotencyKeyMaxLength).IsRequired();
        b.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        b.Property(m => m.ProviderMessageId).HasMaxLength(OutboxMessage.ProviderMessageIdMaxLength);
        b.Property(m => m.Fields)
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                new ValueComparer<IReadOnlyDictionary<string, string>>(
                    (l, r) => l!.Count == r!.Count && l.All(kv => r.ContainsKey(kv.Key) && r[kv.Key] == kv.Value),
                    v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                    v => new Dictionary<string, string>(v)))
            .HasMaxLength(FieldsMaxLength)
            .IsRequired();
        b.HasIndex(m => m.IdempotencyKey).IsUnique();
        // The sweep's claim: queued messages in due order.
        b.HasIndex(m => new { m.State, m.NextAttemptAt });
        b.HasIndex(m => m.TaskId);
        b.HasIndex(m => new { m.CustomerId, m.CreatedAt });
    }
}
