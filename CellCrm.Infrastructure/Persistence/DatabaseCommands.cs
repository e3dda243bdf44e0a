using CellCrm.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>The explicit database command: <c>CellCrm.BackOffice migrate [--demo]</c> applies the provider's
/// migrations, seeds the roles and, with --demo, the demo data. Apps never migrate on start-up.</summary>
public static class DatabaseCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static async Task<int> RunAsync(IHost host, string[] args)
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CellCrm.Migrate");
        var db = services.GetRequiredService<CellCrmDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
        await db.Database.MigrateAsync();
        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(CancellationToken.None);
        if (args.Contains("--demo"))
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
            await services.GetRequiredService<Contracts.ContractDemoSeeder>().SeedAsync(CancellationToken.None);
            logger.LogInformation("Demo data seeded");
        }

        return 0;
    }
}
