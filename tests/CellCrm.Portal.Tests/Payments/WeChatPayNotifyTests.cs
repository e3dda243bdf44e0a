using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Payments;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Payments;

/// <summary>支付 and the notify endpoint with the real WeChat Pay client against the fake WeChat Pay server: the
/// JSAPI order and its reuse, a new order only after querying and closing the old one, and notifies that are
/// forged, for the wrong amount, for an unknown order, replayed or delivered five times at once.</summary>
public class WeChatPayNotifyTests(FakeWeChatPayPaymentPortalFactory app) : IClassFixture<FakeWeChatPayPaymentPortalFactory>, IAsyncLifetime
{
    private Guid _zhang;

    private FakeWeChatPayServer WeChatPay => app.WeChatPay;

    public async ValueTask InitializeAsync() => (_zhang, _) = await app.ResetWithCustomersAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The link, the customer pressing 支付 once, and the order number the fake server received.</summary>
    private async Task<(PaymentLink Link, string OutTradeNo)> OrderedAsync(long fen = 600_000)
    {
        var link = await app.SendLinkAsync(_zhang, fen);
        var response = await app.BrowserOf(_zhang).PressPayAsync(link.Id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outTradeNo = await app.DbAsync(db => db.PaymentAttempts.Where(a => a.PaymentLinkId == link.Id).Select(a => a.OutTradeNo).SingleAsync());
        return (link, outTradeNo);
    }

    /// <summary>The fake server's orders for one link (the server lives as long as the test class).</summary>
    private List<FakeOrder> OrdersOf(Guid linkId) =>
        WeChatPay.Orders.Values.Where(o => (string?)o.Request["attach"] == linkId.ToString("N")).ToList();

    private Task<int> PaymentsAsync() => app.DbAsync(db => db.Payments.CountAsync());

    private Task<PaymentLinkState> StateAsync(Guid linkId) => app.DbAsync(db => db.PaymentLinks.Where(l => l.Id == linkId).Select(l => l.State).SingleAsync());

    [Fact]
    public async Task Pay_PlacesAJsapiOrder_AndASecondTapReusesItsPrepay()
    {
        var link = await app.SendLinkAsync(_zhang);
        var browser = app.BrowserOf(_zhang);

        var first = JsonDocument.Parse(await (await browser.PressPayAsync(link.Id)).Content.ReadAsStringAsync()).RootElement;
        var second = JsonDocument.Parse(await (await browser.PressPayAsync(link.Id)).Content.ReadAsStringAsync()).RootElement;

        var order = Assert.Single(OrdersOf(link.Id));
        Assert.Equal(600_000, order.Total);
        Assert.Equal($"o-{_zhang}", (string?)order.Request["payer"]!["openid"]);
        Assert.Equal(FakeWeChatPayServer.NotifyUrl, (string?)order.Request["notify_url"]);
        Assert.Equal("缴费：7553321000033", (string?)order.Request["description"]);
        Assert.Equal("prepay_id=" + order.PrepayId, first.GetProperty("payParameters").GetProperty("package").GetString());
        Assert.Equal("prepay_id=" + order.PrepayId, second.GetProperty("payParameters").GetProperty("package").GetString());
        Assert.Equal(FakeWeChatPayServer.AppId, first.GetProperty("payParameters").GetProperty("appId").GetString());
        Assert.Equal("RSA", first.GetProperty("payParameters").GetProperty("signType").GetString());
    }

    [Fact]
    public async Task Pay_TwoTapsAtOnce_PlaceOneOrder()
    {
        var link = await app.SendLinkAsync(_zhang);
        var browser = app.BrowserOf(_zhang);
        var token = Forms.AntiforgeryToken(await browser.GetStringAsync($"/Payments/{link.Id}"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => browser.PostFormAsync($"/Payments/{link.Id}?handler=Pay", token, [])));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(OrdersOf(link.Id));
        Assert.Equal(1, await app.DbAsync(db => db.PaymentAttempts.CountAsync(a => a.PaymentLinkId == link.Id)));
    }

    [Fact]
    public async Task Pay_AfterThePrepayRanOut_QueriesAndClosesTheOldOrder_ThenOrdersANewNumber()
    {
        var (link, first) = await OrderedAsync();
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE PaymentAttempts SET PrepayExpiresAt = {0} WHERE OutTradeNo = {1}", DateTimeOffset.UtcNow.AddMinutes(-1), first));

        var again = await app.BrowserOf(_zhang).PressPayAsync(link.Id);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, WeChatPay.CountRequests("GET", $"/v3/pay/transactions/out-trade-no/{first}"));
        Assert.Equal(1, WeChatPay.CountRequests("POST", $"/v3/pay/transactions/out-trade-no/{first}/close"));
        Assert.Equal("CLOSED", WeChatPay.Orders[first].TradeState);
        var attempts = await app.DbAsync(db => db.PaymentAttempts.AsNoTracking().Where(a => a.PaymentLinkId == link.Id).OrderBy(a => a.CreatedAt).ToListAsync());
        Assert.Equal([PaymentAttemptState.Closed, PaymentAttemptState.Open], attempts.Select(a => a.State));
        Assert.NotEqual(first, attempts[1].OutTradeNo);
        Assert.Equal(2, OrdersOf(link.Id).Count);
    }

    [Fact]
    public async Task Pay_WhenTheOldOrderWasPaidMeanwhile_CreditsItAndPlacesNoNewOrder()
    {
        var (link, first) = await OrderedAsync();
        WeChatPay.MarkPaid(first);
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE PaymentAttempts SET PrepayExpiresAt = {0} WHERE OutTradeNo = {1}", DateTimeOffset.UtcNow.AddMinutes(-1), first));

        var again = JsonDocument.Parse(await (await app.BrowserOf(_zhang).PressPayAsync(link.Id)).Content.ReadAsStringAsync()).RootElement;

        Assert.True(again.GetProperty("paid").GetBoolean());
        Assert.Single(OrdersOf(link.Id));
        Assert.Equal(PaymentLinkState.Paid, await StateAsync(link.Id));
        Assert.Equal(PaymentSource.Query, await app.DbAsync(db => db.Payments.Select(p => p.Source).SingleAsync()));
    }

    [Fact]
    public async Task Notify_Genuine_IsAcknowledgedWith204_AndCredited_AndAReplayCreditsNothing()
    {
        var (link, outTradeNo) = await OrderedAsync();
        var transactionId = WeChatPay.MarkPaid(outTradeNo);
        var notify = WeChatPay.TransactionNotify(outTradeNo);

        var first = await app.PostNotifyAsync(notify);
        var replay = await app.PostNotifyAsync(notify);
        var later = await app.PostNotifyAsync(WeChatPay.TransactionNotify(outTradeNo));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, later.StatusCode);
        var payment = await app.DbAsync(db => db.Payments.AsNoTracking().SingleAsync());
        Assert.Equal((transactionId, 600_000L, link.Id), (payment.TransactionId, payment.AmountFen, payment.PaymentLinkId));
        Assert.Equal(PaymentLinkState.Paid, await StateAsync(link.Id));
        var receipt = Forms.VisibleText(await app.BrowserOf(_zhang).GetStringAsync($"/Payments/{link.Id}/Receipt"));
        Assert.Contains("支付成功", receipt);
        Assert.Contains(transactionId, receipt);
    }

    [Fact]
    public async Task Notify_FiveConcurrentCopies_CreditOnce_AndAllAreAcknowledged()
    {
        var (link, outTradeNo) = await OrderedAsync();
        WeChatPay.MarkPaid(outTradeNo);
        var notify = WeChatPay.TransactionNotify(outTradeNo);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => app.PostNotifyAsync(notify)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a.StatusCode));
        Assert.Equal(1, await PaymentsAsync());
        Assert.Equal(PaymentLinkState.Paid, await StateAsync(link.Id));
    }

    [Fact]
    public async Task Notify_ForgedSignature_IsRefusedWith401_AndCreditsNothing()
    {
        var (link, outTradeNo) = await OrderedAsync();
        WeChatPay.MarkPaid(outTradeNo);
        using var forger = RSA.Create(2048);

        var response = await app.PostNotifyAsync(WeChatPay.TransactionNotify(outTradeNo, signingKey: forger));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FAIL", body.GetProperty("code").GetString());
        Assert.Equal("签名验证失败", body.GetProperty("message").GetString());
        Assert.Equal(0, await PaymentsAsync());
        Assert.Equal(PaymentLinkState.Pending, await StateAsync(link.Id));
    }

    [Fact]
    public async Task Notify_WrongAmount_IsRefusedWith400_AndCreditsNothing()
    {
        var (link, outTradeNo) = await OrderedAsync();
        WeChatPay.MarkPaid(outTradeNo);

        var response = await app.PostNotifyAsync(WeChatPay.TransactionNotify(outTradeNo, alter: t =>
        {
            t["amount"]!["total"] = 1;
            t["amount"]!["payer_total"] = 1;
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("FAIL", "订单金额不符"), (body.GetProperty("code").GetString(), body.GetProperty("message").GetString()));
        Assert.Equal(0, await PaymentsAsync());
        Assert.Equal(PaymentLinkState.Pending, await StateAsync(link.Id));
    }

    [Fact]
    public async Task Notify_UnknownOrder_IsRefusedWith404_AndCreditsNothing()
    {
        await OrderedAsync();
        // An order WeChat Pay knows but we never placed for a link (another system on the same merchant).
        var stranger = Guid.CreateVersion7().ToString("N");
        await app.WithScopeAsync(sp => sp.GetRequiredService<IPaymentGateway>()
            .CreateJsapiOrderAsync(new JsapiOrder(stranger, "其他", 600_000, "o-other"), CancellationToken.None));
        WeChatPay.MarkPaid(stranger);

        var response = await app.PostNotifyAsync(WeChatPay.TransactionNotify(stranger));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("订单不存在", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
        Assert.Equal(0, await PaymentsAsync());
    }

    [Fact]
    public async Task Notify_ForAnotherMerchant_IsRefusedWith400()
    {
        var (_, outTradeNo) = await OrderedAsync();
        WeChatPay.MarkPaid(outTradeNo);

        var response = await app.PostNotifyAsync(WeChatPay.TransactionNotify(outTradeNo, mchId: "1900009999"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await PaymentsAsync());
    }

    [Fact]
    public async Task Reconciliation_QueriesAnOrderThatGotNoNotify_AndCreditsIt_ClosesAStaleUnpaidOne()
    {
        var (paidLink, paid) = await OrderedAsync();
        var (unpaidLink, unpaid) = await OrderedAsync(300_000);
        WeChatPay.MarkPaid(paid);
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE PaymentAttempts SET CreatedAt = {0}, PrepayExpiresAt = {1}", DateTimeOffset.UtcNow.AddHours(-3), DateTimeOffset.UtcNow.AddHours(-1)));

        var settled = await app.WithScopeAsync(sp => sp.GetRequiredService<PaymentReconciliationJob>().RunAsync(CancellationToken.None));

        Assert.Equal(2, settled);
        Assert.Equal(PaymentLinkState.Paid, await StateAsync(paidLink.Id));
        Assert.Equal(PaymentSource.Query, await app.DbAsync(db => db.Payments.Select(p => p.Source).SingleAsync()));
        Assert.Equal(PaymentLinkState.Pending, await StateAsync(unpaidLink.Id));
        Assert.Equal("CLOSED", WeChatPay.Orders[unpaid].TradeState);
        Assert.Equal(PaymentAttemptState.Closed, await app.DbAsync(db => db.PaymentAttempts.Where(a => a.OutTradeNo == unpaid).Select(a => a.State).SingleAsync()));

        // The notify that finally arrives for the paid order credits nothing more.
        Assert.Equal(HttpStatusCode.NoContent, (await app.PostNotifyAsync(WeChatPay.TransactionNotify(paid))).StatusCode);
        Assert.Equal(1, await PaymentsAsync());
    }
}
