using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>Production provider: MySQL / MariaDB through Pomelo. Owns Migrations/MySql.</summary>
public sealed class MySqlCellCrmDbContext(DbContextOptions<MySqlCellCrmDbContext> options, IPersonalDataProtector protector)
    : CellCrmDbContext(options, protector)
{
    public static readonly MariaDbServerVersion ServerVersion = new(new Version(10, 11, 0));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");

        // Ciphertexts (Base64) and lookup hashes (hex) are ASCII: a quarter of the index size of utf8mb4.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                     .Where(p => p.FindAnnotation(ModelAnnotations.PersonalMask) is not null || p.Name.EndsWith("Hash", StringComparison.Ordinal)))
        {
            property.SetCharSet("ascii");
            property.SetCollation("ascii_bin");
        }
    }
}
