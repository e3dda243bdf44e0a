using System.Security.Cryptography;
using System.Text.Json;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.WeChatPay;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.WeChatPay;

/// <summary>Payment and refund notifies built by the fake server (its own AES-GCM and RSA code) as WeChat Pay sends
/// them: verified on the raw body, decrypted with the APIv3 key, refused on any mismatch.</summary>
public sealed class WeChatPayNotifyTests : IAsyncLifetime
{
    private const string OutTradeNo = "CC20261127100001";
    private WeChatPayRig _rig = null!;

    private FakeWeChatPayServer Server => _rig.Server;

    private IPaymentGateway Gateway => _rig.Gateway;

    public async ValueTask InitializeAsync()
    {
        _rig = await WeChatPayRig.StartAsync();
        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order(OutTradeNo), CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public void PaymentNotify_IsVerifiedAndDecrypted()
    {
        var transactionId = Server.MarkPaid(OutTradeNo);

        var outcome = Gateway.ParseNotify(ToRequest(Server.TransactionNotify(OutTradeNo)));

        Assert.True(outcome.Accepted, $"{outcome.Rejection}: {outcome.Detail}");
        var notify = Assert.IsType<TransactionNotification>(outcome.Notification);
        Assert.Equal("TRANSACTION.SUCCESS", notify.EventType);
        var t = notify.Transaction;
        Assert.Equal((FakeWeChatPayServer.AppId, FakeWeChatPayServer.MchId, OutTradeNo, transactionId),
            (t.AppId, t.MchId, t.OutTradeNo, t.TransactionId));
        Assert.Equal((TradeState.Success, 1_280_000L, 1_280_000L, "CNY"), (t.State, t.TotalFen, t.PayerTotalFen, t.Currency));
        Assert.Equal(("link:42", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"), (t.Attach, t.PayerOpenId));
        Assert.NotNull(t.SuccessTime);
    }

    [Fact]
    public void Notify_SignedWithAnotherKey_IsRefused()
    {
        Server.MarkPaid(OutTradeNo);
        using var forger = RSA.Create(2048);

        var outcome = Gateway.ParseNotify(ToRequest(Server.TransactionNotify(OutTradeNo, signingKey: forger)));

        Assert.Equal(NotifyRejection.BadSignature, outcome.Rejection);
        Assert.Null(outcome.Notification);
    }

    [Fact]
    public void Notify_WithBodyChangedAfterSigning_IsRefused()
    {
        Server.MarkPaid(OutTradeNo);
        var notify = Server.TransactionNotify(OutTradeNo);

        var altered = notify.Body.Replace("\"TRANSACTION.SUCCESS\"", "\"TRANSACTION.SUCCESS \"");
        Assert.NotEqual(notify.Body, altered);

        var outcome = Gateway.ParseNotify(ToRequest(notify with { Body = altered }));

        Assert.Equal(NotifyRejection.BadSignature, outcome.Rejection);
    }

    [Fact]
    public void Notify_EncryptedWithAnotherApiV3Key_IsRefused()
    {
        Server.MarkPaid(OutTradeNo);

        var outcome = Gateway.ParseNotify(ToRequest(Server.TransactionNotify(OutTradeNo, apiV3Key: "0123456789abcdefghijABCDEFGHIJ99")));

        Assert.Equal(NotifyRejection.DecryptionFailed, outcome.Rejection);
    }

    [Fact]
    public void Notify_OlderThanFiveMinutes_IsRefused()
    {
        Server.MarkPaid(OutTradeNo);

        var fresh = Gateway.ParseNotify(ToRequest(Server.TransactionNotify(OutTradeNo, age: TimeSpan.FromMinutes(4))));
        var stale = Gateway.ParseNotify(ToRequest(Server.TransactionNotify(OutTradeNo, age: TimeSpan.FromMinutes(6))));

        Assert.True(fresh.Accepted, $"{fresh.Rejection}: {fresh.Detail}");
        Assert.Equal(NotifyRejection.StaleTimestamp, stale.Rejection);
    }

    [Fact]
    public void AnIdenticalCopy_OfAnAcceptedNotify_GetsTheSameAnswer_ButAnyChangeOrTheTimestampAgeingIsStillRefused()
    {
        var transactionId = Server.MarkPaid(OutTradeNo);
        var credentials = _rig.Services.GetRequiredService<WeChatPayCredentials>();
        var clock = new TestClock();
        var parser = new WeChatPayNotifyParser(credentials, new WeChatPayVerifier(credentials, clock));
        var notify = Server.TransactionNotify(OutTradeNo);

        var first = parser.Parse(ToRequest(notify));
        var copy = parser.Parse(ToRequest(notify));
        var altered = parser.Parse(ToRequest(notify with { Body = notify.Body.Replace("\"TRANSACTION.SUCCESS\"", "\"TRANSACTION.SUCCESS \"") }));
        var otherSignature = parser.Parse(ToRequest(notify with { Signature = Server.TransactionNotify(OutTradeNo).Signature }));
        var otherNonce = parser.Parse(ToRequest(notify with { Nonce = "NONCE" + notify.Nonce[5..] }));
        clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(30));
        var stillFresh = parser.Parse(ToRequest(notify));
        clock.Advance(TimeSpan.FromMinutes(1));
        var stale = parser.Parse(ToRequest(notify));

        Assert.Equal(transactionId, Assert.IsType<TransactionNotification>(first.Notification).Transaction.TransactionId);
        Assert.Equal(first.Notification, copy.Notification);
        Assert.Equal(NotifyRejection.BadSignature, altered.Rejection);
        Assert.Equal(NotifyRejection.BadSignature, otherSignature.Rejection);
        Assert.Equal(NotifyRejection.BadSignature, otherNonce.Rejection);
        Assert.True(stillFresh.Accepted);
        Assert.Equal(NotifyRejection.StaleTimestamp, stale.Rejection);
    }

    [Fact]
    public void Notify_ProbeSignature_UnknownSerial_MissingHeaders_AreRefused()
    {
        Server.MarkPaid(OutTradeNo);
        var notify = Server.TransactionNotify(OutTradeNo);

        var probe = Gateway.ParseNotify(ToRequest(notify with { Signature = "WECHATPAY/SIGNTEST/" + notify.Signature }));
        var serial = Gateway.ParseNotify(ToRequest(notify with { Serial = "PUB_KEY_ID_0000000000000000000000000000000000" }));
        var missing = Gateway.ParseNotify(new PaymentNotifyRequest(null, notify.Nonce, notify.Signature, notify.Serial, notify.Body));

        Assert.Equal(NotifyRejection.BadSignature, probe.Rejection);
        Assert.Equal(NotifyRejection.UnknownSerial, serial.Rejection);
        Assert.Equal(NotifyRejection.MissingHeaders, missing.Rejection);
    }

    [Fact]
    public void Notify_ForAnotherMerchant_IsRefused()
    {
        Server.MarkPaid(OutTradeNo);

        var outcome = Gateway.ParseNotify(ToRequest(Server.TransactionNotify(OutTradeNo, mchId: "1900009999")));

        Assert.Equal(NotifyRejection.WrongMerchant, outcome.Rejection);
    }

    [Fact]
    public async Task RefundNotify_IsVerifiedAndDecrypted()
    {
        var transactionId = Server.MarkPaid(OutTradeNo);
        var refund = (await Gateway.RefundAsync(new RefundOrder(OutTradeNo, "RF20261127100001", 280_000, 1_280_000), CancellationToken.None)).Value;
        Server.CompleteRefund("RF20261127100001");

        var outcome = Gateway.ParseNotify(ToRequest(Server.RefundNotify("RF20261127100001")));
        var forged = Gateway.ParseNotify(ToRequest(Server.RefundNotify("RF20261127100001", apiV3Key: "ZZ23456789abcdefghijABCDEFGHIJ99")));

        var notify = Assert.IsType<RefundNotification>(outcome.Notification);
        Assert.Equal("REFUND.SUCCESS", notify.EventType);
        var r = notify.Refund;
        Assert.Equal((refund.RefundId, "RF20261127100001", OutTradeNo, transactionId), (r.RefundId, r.OutRefundNo, r.OutTradeNo, r.TransactionId));
        Assert.Equal((RefundStatus.Success, 280_000L, 1_280_000L, 280_000L), (r.Status, r.RefundFen, r.TotalFen, r.PayerRefundFen));
        Assert.NotNull(r.SuccessTime);
        Assert.Equal(NotifyRejection.DecryptionFailed, forged.Rejection);
    }

    [Fact]
    public async Task NotifyAnswer_AcknowledgesWith204_AndRefusesWithFailCode()
    {
        var ok = await Execute(WeChatPayNotifyAnswer.Acknowledge());
        var forged = await Execute(WeChatPayNotifyAnswer.Refuse(NotifyRejection.BadSignature));
        var broken = await Execute(WeChatPayNotifyAnswer.Refuse(NotifyRejection.DecryptionFailed));
        var later = await Execute(WeChatPayNotifyAnswer.RetryLater());

        Assert.Equal((204, ""), ok);
        Assert.Equal(401, forged.Status);
        Assert.Equal(400, broken.Status);
        Assert.Equal(500, later.Status);
        using var json = JsonDocument.Parse(forged.Body);
        Assert.Equal("FAIL", json.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("message").GetString()));
    }

    private static PaymentNotifyRequest ToRequest(FakeNotify n) => new(n.Timestamp, n.Nonce, n.Signature, n.Serial, n.Body);

    private static async Task<(int Status, string Body)> Execute(IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
