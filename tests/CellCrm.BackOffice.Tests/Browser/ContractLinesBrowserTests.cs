using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CellCrm.BackOffice.Tests.Browser;

/// <summary>The contract lines editor in a real browser: lines are added, a discounted price is typed, the totals
/// follow while typing; a price below the policy's floor is refused on save under that line, and nothing is saved.</summary>
public class ContractLinesBrowserTests(BrowserBackOfficeFactory app) : IClassFixture<BrowserBackOfficeFactory>, IAsyncLifetime
{
    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task LinesEditor_TotalsFollowTheTyping_AndAPriceBelowThePolicyFloorIsRefusedUnderTheLine()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(app.RootUrl + "/");
        await page.FillAsync("#Input_UserName", "advisor");
        await page.FillAsync("#Input_Password", "cellcrm2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(app.RootUrl + "/", new PageWaitForURLOptions { Timeout = 60_000 });

        await page.GotoAsync($"{app.RootUrl}/Contracts/Create?customerId={_data.Zhang}");
        await page.SelectOptionAsync("#Input_BusinessType", "CellHealth");
        await page.SelectOptionAsync("#Input_OrderType", "Paper");
        await page.SelectOptionAsync("#Input_HospitalId", _data.Hospital.ToString());
        await page.FillAsync("#Input_StorageCity", "深圳市");
        await page.CheckAsync("#Input_UsePolicy");
        await page.SelectOptionAsync("#policy", _data.OpenDay.ToString());

        // Two lines: 脐带间充质 68,000.00 and CIK 19,800.00.
        var lines = page.Locator("#contract-lines tr.contract-line");
        await lines.Nth(0).Locator("select.line-product").SelectOptionAsync(_data.Stem.ToString());
        await page.ClickAsync("#line-add");
        Assert.Equal(2, await lines.CountAsync());
        await lines.Nth(1).Locator("select.line-product").SelectOptionAsync(_data.Immune.ToString());
        Assert.Equal("87,800.00", await page.TextContentAsync("#total-before"));
        Assert.Equal("87,800.00", await page.TextContentAsync("#total-after"));
        Assert.Equal("19,800.00", await lines.Nth(1).Locator(".line-before").TextContentAsync());

        // A discounted price within the policy: the totals follow while typing.
        await lines.Nth(0).Locator("input.line-after").FillAsync("61,200.00");
        Assert.Equal("81,000.00", await page.TextContentAsync("#total-after"));
        Assert.Equal("6,800.00", await page.TextContentAsync("#total-discount"));
        await lines.Nth(1).Locator("input.line-quantity").FillAsync("2");
        Assert.Equal("107,600.00", await page.TextContentAsync("#total-before"));
        Assert.Equal("100,800.00", await page.TextContentAsync("#total-after"));

        // Below the floor (10 % off at most): refused on save under that line, the form keeps what was typed.
        await lines.Nth(0).Locator("input.line-after").FillAsync("60,000.00");
        Assert.Equal("99,600.00", await page.TextContentAsync("#total-after"));
        await page.ClickAsync("#save-contract");
        var message = page.Locator("#contract-lines tr.contract-line").Nth(0).Locator("[data-valmsg-for='Input.Lines[0].AmountAfter'], .text-danger")
            .Filter(new LocatorFilterOptions { HasText = "不能低于" });
        await message.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains("的优惠后金额不能低于61,200.00元（市场政策“开放日政策”允许的最低金额）", await message.First.TextContentAsync());
        Assert.Equal("60,000.00", await page.Locator("#contract-lines tr.contract-line").Nth(0).Locator("input.line-after").InputValueAsync());
        Assert.Equal(2, await page.Locator("#contract-lines tr.contract-line").CountAsync());
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.CountAsync()));

        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "contract-lines-refused.png"), FullPage = true });
    }
}
