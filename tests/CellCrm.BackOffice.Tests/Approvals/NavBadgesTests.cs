using System.Net;
using System.Text.Json;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Customers;
using CellCrm.Testing;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Approvals;

/// <summary>The navigation's counts come from /nav/badges after the page, fresh on every call, for the signed-in
/// staff member only; the pages themselves no longer count.</summary>
public class NavBadgesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Badges_CountTheApproverOwnToDo_AndFollowAnApprovalAtOnce()
    {
        var division = await app.SignedInAsync("division");
        var advisor = await app.SignedInAsync("advisor");
        Assert.Equal((0, 0), await CountsAsync(division));

        await app.WithScopeAsync(async sp => await sp.GetRequiredService<CustomerShareService>().RequestAsync(
            new ShareRequestInput(ShareType.Customer, "张晓梅", ZhangMobile, "客户在我方合作医院建档"),
            await sp.RefAsync("advisor2"), await sp.ScopeAsync("advisor2"), CancellationToken.None));

        var (todo, _) = await CountsAsync(division);
        Assert.Equal(1, todo);
        Assert.Equal(0, (await CountsAsync(advisor)).Todo);
        var page = await division.ReadPageAsync("/Customers");
        Assert.Contains("data-badges-url=\"/nav/badges\"", page);
        Assert.DoesNotContain(" id=\"todo-count\"", page);
    }

    [Fact]
    public async Task Badges_WithoutSignIn_AreRefused()
    {
        var response = await app.CreateBrowser().GetAsync("/nav/badges");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    private static async Task<(int Todo, int Unread)> CountsAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/nav/badges");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("todo").GetInt32(), json.RootElement.GetProperty("unread").GetInt32());
    }
}
