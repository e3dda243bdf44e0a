using CellCrm.Bench.Seeder;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Bench;

/// <summary>The benchmark seeder against real MariaDB: what it bulk-inserts must be what the app itself would have
/// stored — found by the list's search, decrypted, masked, owned within the demo organisation.</summary>
public class BenchSeederTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private const int DemoCustomers = 5;

    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Seed_CustomersAreFoundByTheListsMobileAndIdSearch()
    {
        await SeedAsync(50, batchSize: 20);
        var browser = await app.SignedInAsync("admin");

        var byMobile = await browser.ReadPageAsync($"/Customers?Keyword={BenchCustomers.Mobile(37)}");
        var byId = await browser.ReadPageAsync($"/Customers?Keyword={BenchCustomers.IdNumber(12)}");

        Assert.Equal([BenchCustomers.Name(37)], ListedNames(byMobile));
        Assert.Contains("166****" + BenchCustomers.Mobile(37)[^4..], byMobile);
        Assert.Equal([BenchCustomers.Name(12)], ListedNames(byId));
    }

    [Fact]
    public async Task Seed_StoredValuesReadBackThroughTheModel()
    {
        var before = app.Clock.GetUtcNow();
        await SeedAsync(10, batchSize: 4);

        var customer = await app.FindCustomerAsync(BenchCustomers.Mobile(9));

        Assert.NotNull(customer);
        Assert.Equal(BenchCustomers.Name(9), customer.Name);
        Assert.Equal(BenchCustomers.IdNumber(9), customer.IdNumber);
        Assert.Equal(IdDocumentType.MainlandIdCard, customer.IdType);
        Assert.Equal(IdDocument.BirthDate(IdDocumentType.MainlandIdCard, BenchCustomers.IdNumber(9)), customer.Birthday);
        Assert.Equal(CustomerStatus.Active, customer.Status);
        Assert.Equal(0, customer.Version);
        // The newest is number 9, thirty seconds before the seeding started.
        Assert.InRange(customer.CreatedAt, before.AddSeconds(-31), app.Clock.GetUtcNow());
        var family = await app.QueryAsync(db => db.FamilyArchives.AsNoTracking().SingleAsync(f => f.Id == customer.FamilyArchiveId));
        Assert.Equal(BenchCustomers.Name(9) + "的家庭", family.Name);
        var stored = await app.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT Mobile AS Value FROM Customers WHERE Id = {0}", customer.Id.ToString()).SingleAsync());
        Assert.StartsWith("v1:", stored);
        Assert.DoesNotContain(BenchCustomers.Mobile(9), stored);
    }

    [Fact]
    public async Task Seed_SpreadsOverTheAdvisorsAndTeamLeadersOfTheSalesGroups()
    {
        await SeedAsync(30, batchSize: 30);

        var owners = await app.WithScopeAsync(async sp => new[]
        {
            (await sp.RefAsync("advisor")).Id, (await sp.RefAsync("advisor2")).Id, (await sp.RefAsync("leader")).Id,
        });
        var seeded = await app.QueryAsync(db => db.Customers.AsNoTracking()
            .Where(c => c.Name != "张晓梅" && c.Name != "李建国" && c.Name != "王丽" && c.Name != "刘强" && c.Name != "陈静")
            .GroupBy(c => c.OwnerId).Select(g => new { Owner = g.Key, Count = g.Count() }).ToListAsync());

        Assert.Equal(owners.Order(), seeded.Select(s => s.Owner).Order());
        Assert.All(seeded, s => Assert.Equal(10, s.Count));
        var departments = await app.QueryAsync(db => db.Customers.Select(c => c.DepartmentId).Distinct().CountAsync());
        Assert.Equal(2, departments);
    }

    [Fact]
    public async Task Seed_Again_AddsOnlyTheMissingCustomers()
    {
        Assert.Equal(30, await SeedAsync(30, batchSize: 7));

        Assert.Equal(20, await SeedAsync(50, batchSize: 7));
        Assert.Equal(0, await SeedAsync(50, batchSize: 7));

        Assert.Equal(DemoCustomers + 50, await app.QueryAsync(db => db.Customers.CountAsync()));
        Assert.NotNull(await app.FindCustomerAsync(BenchCustomers.Mobile(49)));
    }

    private Task<int> SeedAsync(int count, int batchSize) => app.WithScopeAsync(sp =>
        new CustomerBulkSeeder(sp.GetRequiredService<CellCrmDbContext>(), app.Clock, TextWriter.Null)
            .SeedAsync(count, batchSize, TestContext.Current.CancellationToken));
}
