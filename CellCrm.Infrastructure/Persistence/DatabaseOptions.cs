namespace CellCrm.Infrastructure.Persistence;

/// <summary>Which database the apps use. <c>Sqlite</c> is the embedded default; production is <c>MySql</c>
/// (MySQL 8 or MariaDB 10.11+) with <c>ConnectionStrings:CellCrm</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
