using System.Net;
using CellCrm.Domain.Payments;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Payments;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Payments;

/// <summary>The payment link page on the embedded default: the customer's own link only, the sandbox payment
/// through our own notify endpoint, and no charge once expired (10 months, test clock), cancelled or paid.</summary>
public class SandboxPaymentTests(SandboxPaymentPortalFactory app) : IClassFixture<SandboxPaymentPortalFactory>, IAsyncLifetime
{
    private Guid _zhang;
    private Guid _li;

    public async ValueTask InitializeAsync() => (_zhang, _li) = await app.ResetWithCustomersAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task LinkPage_OwnLink_ShowsPayerReasonAmountAndValidity()
    {
        var link = await app.SendLinkAsync(_zhang);

        var text = Forms.VisibleText(await app.BrowserOf(_zhang).GetStringAsync($"/Payments/{link.Id}"));

        Assert.Contains("收款金额 ¥6,000.00 付款方 张晓梅 收款理由 7553321000033", text);
        Assert.Contains($"有效期至 {Domain.Common.ChinaTime.Format(link.ExpiresAt)} 状态 待支付", text);
        Assert.Contains("付款链接10个月有效", text);
        Assert.Contains("沙箱支付 ¥6,000.00", text);
    }

    [Fact]
    public async Task LinkPage_AnotherCustomersLink_IsNotFound_AndPayingItCreatesNoOrder()
    {
        var link = await app.SendLinkAsync(_zhang);
        var li = app.BrowserOf(_li);
        var token = await app.FormTokenAsync(li, _li);

        var page = await li.GetAsync($"/Payments/{link.Id}");
        var pay = await li.PostFormAsync($"/Payments/{link.Id}?handler=SandboxPay", token, []);
        var receipt = await li.GetAsync($"/Payments/{link.Id}/Receipt");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("张晓梅", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, pay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.PaymentAttempts.CountAsync(a => a.PaymentLinkId == link.Id)));
    }

    [Fact]
    public async Task SandboxPay_PostsASignedNotifyToOurEndpoint_CreditsOnce_AndShowsTheReceipt()
    {
        var link = await app.SendLinkAsync(_zhang);
        var browser = app.BrowserOf(_zhang);

        var pay = await browser.PressPayAsync(link.Id, "SandboxPay");

        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.Equal($"/Payments/{link.Id}/Receipt", pay.Headers.Location!.OriginalString);
        var payment = await app.DbAsync(db => db.Payments.AsNoTracking().SingleAsync());
        Assert.Equal((600_000L, PaymentSource.Notify, false), (payment.AmountFen, payment.Source, payment.RequiresRefund));
        var receipt = Forms.VisibleText(await browser.GetStringAsync($"/Payments/{link.Id}/Receipt"));
        Assert.Contains("支付成功", receipt);
        Assert.Contains($"付款金额 ¥6,000.00 付款方 张晓梅 收款理由 7553321000033", receipt);
        Assert.Contains($"微信支付单号 {payment.TransactionId}", receipt);

        // Pressing again (a second tab, the back button) charges nothing.
        var again = await browser.PostFormAsync($"/Payments/{link.Id}?handler=SandboxPay", await app.FormTokenAsync(browser, _zhang), []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("该款项已于", Forms.VisibleText(await browser.GetStringAsync($"/Payments/{link.Id}")));
        Assert.Equal(1, await app.DbAsync(db => db.Payments.CountAsync()));
        Assert.Equal(1, await app.DbAsync(db => db.PaymentAttempts.CountAsync()));
    }

    [Fact]
    public async Task TenMonthsLater_ThePageSaysExpired_AndNoOrderIsPlaced()
    {
        var link = await app.SendLinkAsync(_zhang);
        var browser = app.BrowserOf(_zhang);
        app.Clock.Advance(link.ExpiresAt - app.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Contains("状态 待支付", Forms.VisibleText(await browser.GetStringAsync($"/Payments/{link.Id}")));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var text = Forms.VisibleText(await browser.GetStringAsync($"/Payments/{link.Id}"));
        var pay = await browser.PostFormAsync($"/Payments/{link.Id}?handler=SandboxPay", await app.FormTokenAsync(browser, _zhang), []);

        Assert.Contains("状态 已过期", text);
        Assert.Contains($"付款链接已过期（有效期至{Domain.Common.ChinaTime.Format(link.ExpiresAt)}），无法支付", text);
        Assert.DoesNotContain("沙箱支付", text);
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.PaymentAttempts.CountAsync(a => a.PaymentLinkId == link.Id)));
        Assert.Equal(0, await app.DbAsync(db => db.Payments.CountAsync()));
        Assert.Equal(10, ChinaTimeMonths(link.SentAt, app.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task CancelledLink_SaysSo_AndCannotBePaid()
    {
        var link = await app.SendLinkAsync(_zhang);
        await app.WithScopeAsync(sp => sp.GetRequiredService<PaymentLinkService>()
            .CancelAsync(link.Id, link.Version, "金额有误", new Domain.Approvals.StaffRef(Guid.NewGuid(), "党研宇"), CancellationToken.None));
        var browser = app.BrowserOf(_zhang);

        var text = Forms.VisibleText(await browser.GetStringAsync($"/Payments/{link.Id}"));
        var pay = await browser.PostFormAsync($"/Payments/{link.Id}?handler=SandboxPay", await app.FormTokenAsync(browser, _zhang), []);

        Assert.Contains("状态 已取消", text);
        Assert.Contains("该付款链接已取消，无法支付", text);
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.PaymentAttempts.CountAsync(a => a.PaymentLinkId == link.Id)));
        Assert.Equal(CustomerTaskState.Cancelled, await app.DbAsync(db => db.CustomerTasks.Where(t => t.SubjectId == link.Id).Select(t => t.State).SingleAsync()));
    }

    [Fact]
    public async Task Home_ListsOwnPaymentLinks_Only()
    {
        await app.SendLinkAsync(_zhang, 600_000, "7553321000033");
        await app.SendLinkAsync(_li, 120_000, "李建国的合同");

        var text = Forms.VisibleText(await app.BrowserOf(_zhang).GetStringAsync("/"));

        Assert.Contains("我的缴费 7553321000033 · ¥6,000.00 待支付 · 有效期至", text);
        Assert.DoesNotContain("李建国的合同", text);
    }

    [Fact]
    public async Task PaymentTask_DeepLink_OpensThePaymentPage()
    {
        var link = await app.SendLinkAsync(_zhang);
        var task = await app.DbAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync());

        var response = await app.BrowserOf(_zhang).GetAsync($"/Tasks/{task.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Payments/{link.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains("付款链接10个月有效", task.Title);
        Assert.Equal(CustomerTaskType.Payment, task.Type);
    }

    private static int ChinaTimeMonths(DateTimeOffset from, DateTimeOffset to)
    {
        var a = Domain.Common.ChinaTime.ToChina(from);
        var b = Domain.Common.ChinaTime.ToChina(to);
        return (b.Year - a.Year) * 12 + b.Month - a.Month;
    }
}
