using System.Globalization;
using CellCrm.Bench.Seeder;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure;
using CellCrm.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Seeds benchmark customers into the database the back office is configured for (the same environment variables:
// Database__Provider=MySql, ConnectionStrings__CellCrm, Security__DataKey, Security__LookupKey).
// Usage: CellCrm.Bench.Seeder [--customers N] [--batch N] [--mobiles FILE [--mobiles-count N]] [--share-to USER]
var count = Option("--customers", 100_000);
var batch = Option("--batch", 20_000);
var mobilesFile = OptionText("--mobiles");
var mobilesCount = Option("--mobiles-count", 10_000);
var shareTo = OptionText("--share-to");

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = Environments.Production });
builder.Configuration["Jobs:RunServer"] = "false";
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddInfrastructure(runJobs: false);
using var host = builder.Build();
using var scope = host.Services.CreateScope();
var services = scope.ServiceProvider;

var db = services.GetRequiredService<CellCrmDbContext>();
await new CustomerBulkSeeder(db, TimeProvider.System, Console.Out).SeedAsync(count, batch, CancellationToken.None);
if (shareTo is not null)
{
    await new BenchShareSeeder(db, services.GetRequiredService<INumberGenerator>(), TimeProvider.System, Console.Out)
        .ShareAsync(shareTo, CancellationToken.None);
}

if (mobilesFile is not null)
{
    // Spread over the whole table, so a search hits old and new rows alike.
    var step = Math.Max(1, count / mobilesCount);
    await File.WriteAllLinesAsync(mobilesFile, Enumerable.Range(0, Math.Min(count, mobilesCount)).Select(i => BenchCustomers.Mobile(i * step)));
    Console.WriteLine($"{Math.Min(count, mobilesCount):N0} mobiles to search written to {mobilesFile}");
}

return 0;

int Option(string name, int fallback) =>
    OptionText(name) is { } text
        ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} needs a positive whole number, not “{text}”.")
        : fallback;

string? OptionText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
