using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CellCrm.BackOffice.Tests.Browser;

/// <summary>A division leader signs in with a real browser, finds the share request in 待办审批 and approves it.</summary>
public class ApprovalInboxBrowserTests(BrowserBackOfficeFactory app) : IClassFixture<BrowserBackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task DivisionLeader_ApprovesAShareThroughTheInbox()
    {
        var share = await app.WithScopeAsync(async sp => await sp.GetRequiredService<CustomerShareService>().RequestAsync(
            new ShareRequestInput(ShareType.Customer, "张晓梅", "13800138000", "客户在我方合作医院建档"),
            await sp.RefAsync("advisor2"), await sp.ScopeAsync("advisor2"), CancellationToken.None));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });

        await page.GotoAsync(app.RootUrl + "/");
        await page.FillAsync("#Input_UserName", "division");
        await page.FillAsync("#Input_Password", "cellcrm2026");
        await page.ClickAsync("button[type=submit]");
        try
        {
            await page.WaitForURLAsync(app.RootUrl + "/", new PageWaitForURLOptions { Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Sign-in did not reach the home page; at {page.Url}: {await page.InnerTextAsync("body")}", e);
        }


        Assert.Equal("1", (await page.TextContentAsync("#todo-count"))?.Trim());
        await page.ClickAsync("text=待办审批");
        await page.ClickAsync($"text=跨部门客户共享：张晓梅（{share.Number}）");
        await page.FillAsync("#Comment", "同意共享");
        await page.ClickAsync("#approve");

        await page.WaitForSelectorAsync("text=已同意");
        Assert.Equal("已通过", (await page.TextContentAsync("#approval-status"))?.Trim());
        Assert.Contains("同意共享", await page.TextContentAsync(".timeline") ?? "");
        // The counts arrive after the page (js/nav-badges.js): wait for them before looking for the badge.
        await page.WaitForSelectorAsync("[data-badges=loaded]");
        Assert.Equal(0, await page.Locator("#todo-count").CountAsync());
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "approval-approved.png"), FullPage = true });

        var status = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().CustomerShares.AsNoTracking()
            .Where(s => s.Id == share.Id).Select(s => s.Status).SingleAsync());
        Assert.Equal(CustomerShareStatus.Active, status);
    }
}
