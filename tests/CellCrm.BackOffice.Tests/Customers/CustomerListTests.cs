using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>/Customers: data scope, search, masking and COUNT-free paging.</summary>
public class CustomerListTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Index_AsAdvisor_ShowsOnlyOwnCustomers_WithMaskedNumbers()
    {
        var browser = await app.SignedInAsync("advisor");

        var html = await browser.ReadPageAsync("/Customers");

        Assert.Equal(["张晓梅", "李建国", "王丽"], ListedNames(html).Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain("刘强", html);
        Assert.Contains("138****8000", html);
        Assert.DoesNotContain(ZhangMobile, html);
        Assert.Contains("440***********" + ZhangIdNumber[^4..], html);
        Assert.DoesNotContain(ZhangIdNumber, html);
    }

    [Fact]
    public async Task Index_AsLeader_ShowsOwnTeamButNotOtherTeam()
    {
        var browser = await app.SignedInAsync("leader");

        var names = ListedNames(await browser.ReadPageAsync("/Customers"));

        Assert.Contains("张晓梅", names);
        Assert.Contains("李建国", names);
        Assert.DoesNotContain("刘强", names);
        Assert.DoesNotContain("陈静", names);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("service")]
    public async Task Index_AsCentralRole_ShowsEveryDepartment(string userName)
    {
        var browser = await app.SignedInAsync(userName);

        var names = ListedNames(await browser.ReadPageAsync("/Customers"));

        Assert.Equal(["刘强", "张晓梅", "李建国", "王丽", "陈静"], names.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Index_KeywordIsWholeMobile_FindsExactlyThatCustomer()
    {
        var browser = await app.SignedInAsync("advisor");

        var names = ListedNames(await browser.ReadPageAsync($"/Customers?Keyword={ZhangMobile}"));

        Assert.Equal(["张晓梅"], names);
    }

    [Fact]
    public async Task Index_KeywordIsIdNumber_FindsExactlyThatCustomer()
    {
        var browser = await app.SignedInAsync("admin");

        var names = ListedNames(await browser.ReadPageAsync($"/Customers?Keyword={ZhangIdNumber}"));

        Assert.Equal(["张晓梅"], names);
    }

    [Fact]
    public async Task Index_KeywordIsPartOfName_FindsByName()
    {
        var browser = await app.SignedInAsync("admin");

        var names = ListedNames(await browser.ReadPageAsync("/Customers?Keyword=" + Uri.EscapeDataString("建国")));

        Assert.Equal(["李建国"], names);
    }

    [Fact]
    public async Task Index_KeywordIsOtherAdvisorsMobile_ShowsNothing()
    {
        var browser = await app.SignedInAsync("advisor");

        var html = await browser.ReadPageAsync($"/Customers?Keyword={LiuMobile}");

        Assert.Empty(ListedNames(html));
        Assert.Contains("没有符合条件的客户", Forms.VisibleText(html));
        Assert.DoesNotContain("刘强", html);
    }

    [Fact]
    public async Task Index_KeywordIsPartOfMobile_ExplainsOnlyWholeNumbersAreSearchable()
    {
        var browser = await app.SignedInAsync("advisor");

        var text = Forms.VisibleText(await browser.ReadPageAsync("/Customers?Keyword=1380013"));

        Assert.Contains("没有符合条件的客户", text);
        Assert.Contains("只能按完整号码查询", text);
    }

    [Fact]
    public async Task Index_WhenNoCustomersVisible_ShowsEmptyState()
    {
        var browser = await app.SignedInAsync("leader");
        await app.QueryAsync(db => db.Customers.ExecuteDeleteAsync());

        var text = Forms.VisibleText(await browser.ReadPageAsync("/Customers"));

        Assert.Contains("暂无客户", text);
        Assert.Contains("新建客户", text);
    }

    [Fact]
    public async Task Index_WithMoreThanOnePage_PagesNewestFirstWithPreviousAndNext()
    {
        await AddCustomersAsync("advisor", 25);
        var browser = await app.SignedInAsync("advisor");

        var first = await browser.ReadPageAsync("/Customers");
        var second = await browser.ReadPageAsync("/Customers?PageNumber=2");

        Assert.Equal(20, ListedNames(first).Count);
        Assert.Equal("批量客户25", ListedNames(first)[0]);
        Assert.Contains("下一页", first);
        Assert.DoesNotContain("上一页", first);
        Assert.Equal(8, ListedNames(second).Count);
        Assert.Contains("上一页", second);
        Assert.DoesNotContain("下一页", second);
        Assert.Empty(ListedNames(first).Intersect(ListedNames(second)));
    }

    [Fact]
    public async Task Index_FilteredByTag_ShowsOnlyTaggedCustomers()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var li = await db.Customers.Include(c => c.Tags).SingleAsync(c => c.Name == "李建国");
            li.SetTags(["VIP", "高意向"]);
            await db.SaveChangesAsync();
        });
        var browser = await app.SignedInAsync("advisor");

        var html = await browser.ReadPageAsync("/Customers?Tag=VIP");

        Assert.Equal(["李建国"], ListedNames(html));
        Assert.Contains("高意向", html);
    }

    [Fact]
    public async Task Index_FilteredByOwner_AsAdmin_ShowsThatOwnersCustomers()
    {
        var advisor2 = await app.QueryAsync(db => db.Staff.Where(s => s.Name == "陈顾问").Select(s => s.Id).SingleAsync());
        var browser = await app.SignedInAsync("admin");

        var names = ListedNames(await browser.ReadPageAsync($"/Customers?Owner={advisor2}"));

        Assert.Equal(["刘强", "陈静"], names.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Index_SearchByWholeMobile_IsOneHashLookupPlusSmallQueries_WithoutCount()
    {
        var capture = new SqlCapture();
        await using var traced = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Logging:LogLevel:" + SqlCapture.Category, "Information");
            b.ConfigureLogging(l => l.AddProvider(capture));
        });
        var browser = traced.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await browser.SignInAsync("advisor");
        await browser.ReadPageAsync("/Customers");
        capture.Clear();

        var html = await browser.ReadPageAsync($"/Customers?Keyword={ZhangMobile}");

        Assert.Equal(["张晓梅"], ListedNames(html));
        var commands = capture.Commands;
        // No count at all: not of the customers table, and the navigation's badges are fetched after the page.
        Assert.DoesNotContain(commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        // The data scope comes from the access cache, filled by the first page.
        Assert.DoesNotContain(commands, c => c.Contains("`CustomerShares`", StringComparison.Ordinal) || c.Contains("`AspNetUserRoles`", StringComparison.Ordinal));
        var list = Assert.Single(commands, c => c.Contains("FROM `Customers`", StringComparison.Ordinal));
        Assert.Contains("`MobileHash` = @", list);
        Assert.Contains("LIMIT", list);
        Assert.True(commands.Count <= 4, $"{commands.Count} queries for one list page:\n" + string.Join("\n---\n", commands));
    }

    private Task AddCustomersAsync(string ownerUserName, int count) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var ownerId = await db.Users.Where(u => u.UserName == ownerUserName).Select(u => u.Id).SingleAsync();
        var owner = await db.Staff.SingleAsync(s => s.Id == ownerId);
        var start = DateTimeOffset.UtcNow.AddDays(1);
        for (var i = 1; i <= count; i++)
        {
            var family = new FamilyArchive($"批量客户{i}", start);
            db.FamilyArchives.Add(family);
            db.Customers.Add(new Customer(new CustomerProfile { Name = $"批量客户{i}", Mobile = $"1880000{i:D4}" },
                owner.Id, owner.DepartmentId, family.Id, start.AddMinutes(i)));
        }

        await db.SaveChangesAsync();
    });
}
