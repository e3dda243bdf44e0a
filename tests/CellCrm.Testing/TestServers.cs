using MySqlConnector;

namespace CellCrm.Testing;

/// <summary>The MariaDB and Redis servers that scripts/test.sh starts on loopback and names in environment
/// variables. Tests never fall back to an in-memory database.</summary>
public static class TestServers
{
    public const string MySqlVariable = "CELLCRM_TEST_MYSQL";
    public const string RedisVariable = "CELLCRM_TEST_REDIS";

    public static string MySql => Get(MySqlVariable);

    public static string Redis => Get(RedisVariable);

    /// <summary>Creates an empty database of its own for one app factory (factories run in parallel).</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "cellcrm_t_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new MySqlConnection(MySql);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        await command.ExecuteNonQueryAsync();
        return new MySqlConnectionStringBuilder(MySql) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new MySqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new MySqlConnection(MySql);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{name}`";
        await command.ExecuteNonQueryAsync();
    }

    private static string Get(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: integration tests need the MariaDB and Redis servers that scripts/test.sh starts.");
}
