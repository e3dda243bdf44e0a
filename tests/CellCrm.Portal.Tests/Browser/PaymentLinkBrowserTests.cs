using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CellCrm.Portal.Tests.Browser;

/// <summary>One payment end to end in real browsers: the advisor sends 发起收款 from a contract in the back office; the
/// customer, on a phone, opens the link in the portal, pays through the sandbox (a signed, encrypted notify to the
/// portal's own endpoint) and sees the receipt; the advisor's contract page then shows the amount received and
/// nothing outstanding.</summary>
public class PaymentLinkBrowserTests(BrowserRealNameApps apps) : IClassFixture<BrowserRealNameApps>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AdvisorSendsALinkFromAContract_CustomerPaysOnAPhone_AndTheContractShowsItReceived()
    {
        var (contractId, number) = await ContractAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var office = apps.BackOffice.RootUrl;
        var portal = apps.Portal.RootUrl;
        Directory.CreateDirectory("screenshots");

        // The advisor, at a desk: the contract's 收款 panel, 发起收款, the prefilled form, 立即发起.
        await using var desk = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var advisor = await desk.NewPageAsync();
        await advisor.GotoAsync(office + "/");
        await advisor.FillAsync("#Input_UserName", "advisor");
        await advisor.FillAsync("#Input_Password", "cellcrm2026");
        await advisor.ClickAsync("button[type=submit]");
        await advisor.WaitForURLAsync(office + "/", new PageWaitForURLOptions { Timeout = 60_000 });
        await advisor.GotoAsync($"{office}/Contracts/Details/{contractId}");
        Assert.Equal("68,000.00", await TextAsync(advisor, "#receivable-amount"));
        Assert.Equal("0.00", await TextAsync(advisor, "#receivable-received"));
        Assert.Equal("68,000.00", await TextAsync(advisor, "#receivable-outstanding"));
        await advisor.ClickAsync("#collect");
        await advisor.WaitForSelectorAsync("#contract-receivable");
        Assert.Equal("合同 " + number, await advisor.InputValueAsync("#Input_Reason"));
        Assert.Equal(68_000m, decimal.Parse(await advisor.InputValueAsync("#Input_AmountYuan"), System.Globalization.CultureInfo.InvariantCulture));
        await advisor.ClickAsync("#send");
        await advisor.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Payments/Details/[0-9a-f-]{36}$"));
        var link = await apps.BackOffice.WithScopeAsync(sp =>
            sp.GetRequiredService<CellCrmDbContext>().PaymentLinks.AsNoTracking().SingleAsync(l => l.ContractId == contractId));
        Assert.Equal((68_000_00L, PaymentLinkState.Pending), (link.AmountFen, link.State));
        Assert.EndsWith($"/Payments/Details/{link.Id}", advisor.Url);

        // The customer, on a phone in WeChat: signs in, opens the link, pays in the sandbox, sees the receipt.
        await using var hand = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        var phone = await hand.NewPageAsync();
        await phone.GotoAsync(portal + "/SignIn");
        await phone.ClickAsync("label[for='sandbox-openid-1']");
        await phone.ClickAsync("#signin");
        await phone.WaitForURLAsync(portal + "/");
        await phone.GotoAsync($"{portal}/Payments/{link.Id}");
        Assert.Equal("¥68,000.00", await TextAsync(phone, "#amount"));
        Assert.Equal("待支付", await TextAsync(phone, "#state"));
        Assert.Contains("合同 " + number, await phone.InnerTextAsync("body"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "payment-link-phone.png"), FullPage = true });
        await phone.ClickAsync("#sandbox-pay");
        await phone.WaitForURLAsync($"{portal}/Payments/{link.Id}/Receipt");
        var receipt = await phone.InnerTextAsync("body");
        Assert.Contains("支付成功", receipt);
        Assert.Contains("¥68,000.00", receipt);
        Assert.Contains("张晓梅", receipt);
        var payment = await apps.BackOffice.WithScopeAsync(sp =>
            sp.GetRequiredService<CellCrmDbContext>().Payments.AsNoTracking().SingleAsync(p => p.PaymentLinkId == link.Id));
        Assert.Contains(payment.TransactionId, receipt);
        Assert.Equal((68_000_00L, (Guid?)contractId, PaymentSource.Notify), (payment.AmountFen, payment.ContractId, payment.Source));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "payment-receipt-phone.png"), FullPage = true });

        // Back at the desk: the contract shows the money received and nothing outstanding.
        await advisor.GotoAsync($"{office}/Contracts/Details/{contractId}");
        Assert.Equal("68,000.00", await TextAsync(advisor, "#receivable-received"));
        Assert.Equal("0.00", await TextAsync(advisor, "#receivable-outstanding"));
        Assert.Contains("已支付", await advisor.InnerTextAsync("#payment-links"));
        Assert.Equal(0, await advisor.Locator("#collect").CountAsync());
        await advisor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "contract-received.png"), FullPage = true });
    }

    private static async Task<string> TextAsync(IPage page, string selector) => (await page.TextContentAsync(selector))?.Trim() ?? "";

    /// <summary>A paper contract for 张晓梅 (one stem line at 68,000.00 yuan), created and submitted by the advisor: it
    /// accepts payment. 张晓梅 is bound to the sandbox's first WeChat user.</summary>
    private async Task<(Guid Id, string Number)> ContractAsync()
    {
        var office = apps.BackOffice;
        var zhang = await office.CustomerIdAsync(OutboxTestData.ZhangMobile);
        await office.VerifyAsync(zhang, "sandbox-openid-1");
        return await office.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var stem = await db.Products.SingleAsync(p => p.Code == "SC-UC-TBF");
            stem.SetListPrice(68_000_00);
            await db.SaveChangesAsync();
            var hospital = await db.Hospitals.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
            var contracts = sp.GetRequiredService<ContractService>();
            var advisor = await sp.RefAsync("advisor");
            var draft = new ContractDraft(new ContractDetails(ContractBusinessType.CellHealth, ContractOrderType.Paper, zhang, null,
                OutboxTestData.ZhangMobile, true, hospital, null, "深圳市", null, CertificateType.Electronic, false, null, []),
                [new LineRequest(stem.Id, 1, null)], null, null);
            var contract = await contracts.CreateAsync(draft, advisor, await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"),
                CancellationToken.None);
            await contracts.SubmitAsync(contract.Id, contract.Version, advisor, CancellationToken.None);
            var submitted = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contract.Id);
            Assert.True(submitted.AcceptsPayment);
            return (submitted.Id, submitted.Number);
        });
    }
}
