using CellCrm.Bench.Seeder;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Bench;

/// <summary>The benchmark's shared customer: a granted share like an approved request, made once.</summary>
public class BenchShareSeederTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Share_GivesTheAdvisorAnotherOwnersCustomer_OnlyOnce()
    {
        await app.WithScopeAsync(sp => new CustomerBulkSeeder(sp.GetRequiredService<CellCrmDbContext>(), app.Clock, TextWriter.Null)
            .SeedAsync(6, 6, TestContext.Current.CancellationToken));

        var shared = await ShareAsync("advisor");
        var again = await ShareAsync("advisor");

        Assert.Equal(shared, again);
        var advisor = await app.WithScopeAsync(sp => sp.RefAsync("advisor"));
        var customer = await app.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == shared));
        Assert.NotEqual(advisor.Id, customer.OwnerId);
        var share = Assert.Single(await app.QueryAsync(db => db.CustomerShares.AsNoTracking().ToListAsync()));
        Assert.Equal(CustomerShareStatus.Active, share.Status);
        Assert.Equal(advisor.Id, share.ApplicantId);
        Assert.Contains(shared, (await app.WithScopeAsync(sp => sp.ScopeAsync("advisor"))).SharedCustomerIds);
        var browser = await app.SignedInAsync("advisor");
        Assert.Contains(customer.Name, ListedNames(await browser.ReadPageAsync($"/Customers?Keyword={Uri.EscapeDataString(customer.Name)}")));
    }

    private Task<Guid> ShareAsync(string userName) => app.WithScopeAsync(sp =>
        new BenchShareSeeder(sp.GetRequiredService<CellCrmDbContext>(), sp.GetRequiredService<INumberGenerator>(), app.Clock, TextWriter.Null)
            .ShareAsync(userName, TestContext.Current.CancellationToken));
}
