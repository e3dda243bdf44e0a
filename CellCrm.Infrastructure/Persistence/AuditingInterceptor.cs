using System.Globalization;
using CellCrm.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>Runs before every save, inside the same transaction as the change itself:
/// bumps the version of each changed aggregate (optimistic concurrency), refreshes the lookup hashes of personal
/// data, and writes one <see cref="AuditEntry"/> per changed field of every business entity.</summary>
public sealed class AuditingInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CellCrmDbContext db)
        {
            Prepare(db);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CellCrmDbContext db)
        {
            Prepare(db);
        }

        return ValueTask.FromResult(result);
    }

    private void Prepare(CellCrmDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is Entity && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        var bumped = new HashSet<Guid>();
        foreach (var entry in entries)
        {
            RefreshLookupHashes(db, entry);
            BumpVersion(db, entry, bumped);
        }

        var audit = new List<AuditEntry>();
        foreach (var entry in entries.Where(e => e.Entity is not IUnaudited))
        {
            audit.AddRange(Describe(entry, now));
        }

        db.AuditEntries.AddRange(audit);
    }

    private static void RefreshLookupHashes(CellCrmDbContext db, EntityEntry entry)
    {
        if (entry.State == EntityState.Deleted)
        {
            return;
        }

        foreach (var property in entry.Properties)
        {
            if (property.Metadata.FindAnnotation(ModelAnnotations.LookupHash)?.Value is not string hashColumn)
            {
                continue;
            }

            if (entry.State == EntityState.Added || property.IsModified)
            {
                entry.Property(hashColumn).CurrentValue = property.CurrentValue is string plain ? db.Protector.LookupHash(plain) : null;
            }
        }
    }

    private static void BumpVersion(CellCrmDbContext db, EntityEntry entry, HashSet<Guid> bumped)
    {
        var root = entry.Entity is AggregateRoot ? entry : FindRoot(db, entry);
        if (root is null || root.State is EntityState.Added or EntityState.Deleted || root.Entity is not AggregateRoot aggregate)
        {
            return;
        }

        if (bumped.Add(aggregate.Id))
        {
            var version = root.Property(nameof(AggregateRoot.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    private static EntityEntry? FindRoot(CellCrmDbContext db, EntityEntry child)
    {
        if (child.Metadata.FindAnnotation(ModelAnnotations.AuditRoot)?.Value is not string rootProperty
            || child.Property(rootProperty).CurrentValue is not Guid rootId)
        {
            return null;
        }

        return db.ChangeTracker.Entries<AggregateRoot>().FirstOrDefault(e => e.Entity.Id == rootId);
    }

    private IEnumerable<AuditEntry> Describe(EntityEntry entry, DateTimeOffset now)
    {
        var entity = (Entity)entry.Entity;
        var type = entry.Metadata.ClrType.Name;
        Guid? rootId = entry.Metadata.FindAnnotation(ModelAnnotations.AuditRoot)?.Value is string rootProperty
            ? entry.Property(rootProperty).CurrentValue as Guid?
            : null;

        switch (entry.State)
        {
            case EntityState.Added:
                yield return new AuditEntry(type, entity.Id, rootId, AuditAction.Created, "", null, Summary(entry), actor.ActorId, actor.ActorName, now);
                break;
            case EntityState.Deleted:
                yield return new AuditEntry(type, entity.Id, rootId, AuditAction.Deleted, "", Summary(entry), null, actor.ActorId, actor.ActorName, now);
                break;
            case EntityState.Modified:
                foreach (var property in entry.Properties.Where(p => p.IsModified && Audited(p)))
                {
                    var oldValue = Format(property, property.OriginalValue);
                    var newValue = Format(property, property.CurrentValue);
                    if (oldValue != newValue)
                    {
                        yield return new AuditEntry(type, entity.Id, rootId, AuditAction.Modified, property.Metadata.Name, oldValue, newValue, actor.ActorId, actor.ActorName, now);
                    }
                }

                break;
        }
    }

    /// <summary>A short description of an added or deleted child ("Name=VIP"), so the history says what it was.</summary>
    private static string? Summary(EntityEntry entry) =>
        entry.Properties.FirstOrDefault(p => p.Metadata.Name is "Name" or "Content" or "OriginalName") is { } p ? Format(p, p.CurrentValue) : null;

    private static bool Audited(PropertyEntry property) =>
        property.Metadata.FindAnnotation(ModelAnnotations.NotAudited) is null
        && !property.Metadata.IsShadowProperty()
        && !property.Metadata.IsPrimaryKey();

    private static string? Format(PropertyEntry property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value switch
        {
            DateTimeOffset d => ChinaTime.Format(d),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        // Personal data never enters the audit trail in clear.
        return property.Metadata.FindAnnotation(ModelAnnotations.PersonalMask)?.Value switch
        {
            "mobile" => Masking.Mobile(text),
            "id" => Masking.IdNumber(text),
            _ => text,
        };
    }
}
