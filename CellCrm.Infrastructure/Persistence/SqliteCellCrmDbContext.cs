using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>Embedded default: a SQLite file. Owns Migrations/Sqlite.</summary>
public sealed class SqliteCellCrmDbContext(DbContextOptions<SqliteCellCrmDbContext> options, IPersonalDataProtector protector)
    : CellCrmDbContext(options, protector)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks with offset so queries translate.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
