using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence.Seed;

/// <summary>Data every installation needs: the roles of SPEC §1. Safe to run again; admins' later edits of a
/// role's name or scope are kept.</summary>
public sealed class ReferenceDataSeeder(CellCrmDbContext db)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in StaffRoles.All.Where(r => !existing.Contains(r.Name)))
        {
            db.Roles.Add(new StaffRole
            {
                Id = Guid.CreateVersion7(),
                Name = role.Name,
                NormalizedName = role.Name.ToUpperInvariant(),
                DisplayName = role.DisplayName,
                DataScope = role.DefaultScope,
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
