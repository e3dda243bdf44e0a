using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Respawn;
using Xunit;

namespace CellCrm.Testing;

/// <summary>Hosts one app against its own MariaDB database and its own Redis key prefix. The database is
/// migrated with the production (MySQL) migrations; <see cref="ResetAsync"/> empties it with Respawn and seeds
/// the demo data again, so each test starts from the same state.</summary>
public class CellCrmAppFactory<TEntry> : WebApplicationFactory<TEntry>, IAsyncLifetime
    where TEntry : class
{
    // Fixed test keys: every factory in the process shares the EF model, which holds the converters.
    public const string DataKey = "q83vEjRWeJCrze8SNFZ4kKvN7xI0Vniaq83vEjRWeJA=";
    public const string LookupKey = "VGVzdExvb2t1cEtleUZvckNlbGxDcm1UZXN0czEyMzQ=";

    private readonly bool _joined;
    private Respawner? _respawner;

    public CellCrmAppFactory()
    {
    }

    /// <summary>Another node of an installation that already runs: same database, same Redis prefix.</summary>
    protected CellCrmAppFactory(string connectionString, string redisPrefix)
    {
        _joined = true;
        ConnectionString = connectionString;
        RedisPrefix = redisPrefix;
    }

    public string ConnectionString { get; private set; } = "";

    /// <summary>The clock every service of this app uses; tests move it forward.</summary>
    public TestClock Clock { get; } = new();

    public string RedisPrefix { get; } = "cellcrm-test:" + Guid.NewGuid().ToString("N")[..8] + ":";

    /// <summary>Extra settings a test class needs (e.g. a fake server's address).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public virtual async ValueTask InitializeAsync()
    {
        if (_joined)
        {
            return;
        }

        ConnectionString = await TestServers.CreateDatabaseAsync();
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
            await db.Database.MigrateAsync();
        }

        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.MySql,
            SchemasToInclude = [new MySqlConnectionStringBuilder(ConnectionString).Database],
            TablesToIgnore = ["__EFMigrationsHistory"],
        });
        await SeedAsync();
    }

    /// <summary>Empties every table and seeds roles and demo data again.</summary>
    public async Task ResetAsync()
    {
        Clock.Reset();
        await using (var connection = new MySqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }

        await SeedAsync();
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_joined && ConnectionString.Length > 0)
        {
            await TestServers.DropDatabaseAsync(ConnectionString);
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:CellCrm"] = ConnectionString,
            ["ConnectionStrings:Redis"] = TestServers.Redis,
            ["Redis:InstanceName"] = RedisPrefix,
            ["Security:DataKey"] = DataKey,
            ["Security:LookupKey"] = LookupKey,
            // Fast password hashing: tests sign in often; production keeps Identity's default.
            ["Identity:PasswordHashIterations"] = "1000",
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
            ["Jobs:WorkerCount"] = "2",
            ["Jobs:QueuePollInterval"] = "00:00:01",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    /// <summary>Extra services a test class needs (a job of its own, a fake).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    private async Task SeedAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(CancellationToken.None);
        var demo = scope.ServiceProvider.GetService<DemoSeeder>();
        if (demo is not null)
        {
            await demo.SeedAsync(CancellationToken.None);
        }
    }
}
