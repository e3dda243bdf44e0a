using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>The list reads a scope with shared customers or several departments as one index-ordered part per
/// owner, department and share list, merged: its pages must be exactly those of the scope filter in one query.</summary>
public class CustomerListScopeTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Index_AsAdvisorWithSharedCustomer_PagesOwnAndSharedNewestFirst()
    {
        await AddCustomersAsync("advisor2", 25);
        await ShareAsync(ZhangMobile, from: "advisor", to: "advisor2");
        var browser = await app.SignedInAsync("advisor2");

        var first = ListedNames(await browser.ReadPageAsync("/Customers"));
        var second = ListedNames(await browser.ReadPageAsync("/Customers?PageNumber=2"));

        var expected = await ExpectedAsync("advisor2");
        Assert.Equal(28, expected.Count);
        Assert.Equal(expected.Take(20), first);
        Assert.Equal(expected.Skip(20), second);
        Assert.Contains("张晓梅", second);
        Assert.DoesNotContain("李建国", first.Concat(second));
    }

    [Fact]
    public async Task Index_AsLeaderWithSharedCustomer_PagesTeamAndSharedWithoutDuplicates()
    {
        await AddCustomersAsync("advisor", 15);
        await AddCustomersAsync("leader", 10);
        await ShareAsync(LiuMobile, from: "advisor2", to: "leader");
        var browser = await app.SignedInAsync("leader");

        var first = ListedNames(await browser.ReadPageAsync("/Customers"));
        var second = ListedNames(await browser.ReadPageAsync("/Customers?PageNumber=2"));

        var expected = await ExpectedAsync("leader");
        Assert.Equal(25 + 3 + 1, expected.Count);
        Assert.Equal(expected.Take(20), first);
        Assert.Equal(expected.Skip(20), second);
        Assert.Contains("刘强", second);
        Assert.DoesNotContain("陈静", first.Concat(second));
    }

    /// <summary>The reference: the scope filter as one query, newest first.</summary>
    private Task<List<string>> ExpectedAsync(string userName) => app.WithScopeAsync(async sp =>
    {
        var scope = await sp.ScopeAsync(userName);
        return await sp.GetRequiredService<CellCrmDbContext>().Customers.AsNoTracking().VisibleTo(scope)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Select(c => c.Name).ToListAsync();
    });

    private Task ShareAsync(string mobile, string from, string to) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var owner = await sp.RefAsync(from);
        var applicant = await sp.RefAsync(to);
        var customerId = await app.CustomerIdAsync(mobile);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
        var now = app.Clock.GetUtcNow();
        var share = new CustomerShare("GX" + customerId.ToString("N")[..8], customerId, ShareType.Customer, customer.Name, mobile, "跨部门协助跟进",
            applicant.Id, await sp.DepartmentOfAsync(to), owner.Id, now);
        share.Grant(now);
        db.CustomerShares.Add(share);
        await db.SaveChangesAsync();
    });

    private Task AddCustomersAsync(string ownerUserName, int count) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var owner = await sp.RefAsync(ownerUserName);
        var departmentId = await sp.DepartmentOfAsync(ownerUserName);
        var start = app.Clock.GetUtcNow().AddDays(1);
        var prefix = ownerUserName == "advisor" ? "187" : ownerUserName == "advisor2" ? "188" : "189";
        for (var i = 1; i <= count; i++)
        {
            var name = $"{ownerUserName}客户{i}";
            var family = new FamilyArchive(name, start);
            db.FamilyArchives.Add(family);
            db.Customers.Add(new Customer(new CustomerProfile { Name = name, Mobile = $"{prefix}0000{i:D4}" },
                owner.Id, departmentId, family.Id, start.AddMinutes(i * 3 + prefix[2] - '7')));
        }

        await db.SaveChangesAsync();
    });
}
