using System.Security.Cryptography;
using System.Text;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.WeChatPay;
using CellCrm.Infrastructure.WeChatPay.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Tests.WeChatPay;

/// <summary>The embedded default (no <c>WeChatPay:MchId</c>): the sandbox gateway answers like WeChat Pay and its
/// notifies pass the same verification and decryption as real ones.</summary>
public sealed class SandboxPaymentGatewayTests : IAsyncDisposable
{
    private readonly ServiceProvider _services = WeChatPayRig.Build(new Dictionary<string, string?> { ["WeChatPay:AppId"] = "wx1234567890sandbox" });

    private IPaymentGateway Gateway => _services.GetRequiredService<IPaymentGateway>();

    private SandboxNotifyBuilder Notifies => _services.GetRequiredService<SandboxNotifyBuilder>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task Sandbox_OrderPayNotifyQuery_BehavesLikeWeChatPay()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.IsType<SandboxPaymentGateway>(Gateway);

        var prepay = (await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000001"), ct)).Value;
        var again = (await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000001"), ct)).Value;
        var otherAmount = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000001", fen: 1), ct);
        Assert.StartsWith("wx_sandbox_", prepay.PrepayId);
        Assert.Equal(prepay.PrepayId, again.PrepayId);
        Assert.Equal(PaymentErrorKind.OrderNumberUsed, otherAmount.Error?.Kind);
        Assert.Equal("wx1234567890sandbox", prepay.PayParameters.AppId);
        Assert.Equal(TradeState.NotPay, (await Gateway.QueryByOutTradeNoAsync("SB20261127000001", ct)).Value.State);

        var notify = Notifies.PayAndBuildNotify("SB20261127000001")!;
        var outcome = Gateway.ParseNotify(notify.ToRequest());

        var transaction = Assert.IsType<TransactionNotification>(outcome.Notification).Transaction;
        Assert.Equal((TradeState.Success, 1_280_000L, "SB20261127000001"), (transaction.State, transaction.TotalFen, transaction.OutTradeNo));
        Assert.StartsWith("4200", transaction.TransactionId);
        Assert.Equal("WECHATPAY2-SHA256-RSA2048", notify.Headers["Wechatpay-Signature-Type"]);
        var queried = (await Gateway.QueryByOutTradeNoAsync("SB20261127000001", ct)).Value;
        Assert.Equal((TradeState.Success, transaction.TransactionId), (queried.State, queried.TransactionId));
        Assert.Equal(PaymentErrorKind.OrderPaid, (await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000001"), ct)).Error?.Kind);
        Assert.Equal(PaymentErrorKind.OrderPaid, (await Gateway.CloseAsync("SB20261127000001", ct)).Error?.Kind);

        // Paying again (a second tap) yields the same payment, not a second one.
        var repeat = Gateway.ParseNotify(Notifies.PayAndBuildNotify("SB20261127000001")!.ToRequest());
        Assert.Equal(transaction.TransactionId, Assert.IsType<TransactionNotification>(repeat.Notification).Transaction.TransactionId);
    }

    [Fact]
    public async Task Sandbox_TamperedNotify_IsRefused_AndClosedOrderCannotBePaid()
    {
        var ct = TestContext.Current.CancellationToken;
        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000002"), ct);
        var notify = Notifies.PayAndBuildNotify("SB20261127000002")!;

        var altered = notify.Body.Replace("\"summary\":\"支付成功\"", "\"summary\":\"x\"");
        Assert.NotEqual(notify.Body, altered);

        var tampered = Gateway.ParseNotify(notify.ToRequest() with { Body = altered });
        Assert.Equal(NotifyRejection.BadSignature, tampered.Rejection);

        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000003"), ct);
        Assert.True((await Gateway.CloseAsync("SB20261127000003", ct)).Succeeded);
        Assert.Null(Notifies.PayAndBuildNotify("SB20261127000003"));
        Assert.Equal(PaymentErrorKind.OrderClosed, (await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000003"), ct)).Error?.Kind);
        Assert.Equal(PaymentErrorKind.NotFound, (await Gateway.QueryByOutTradeNoAsync("SB20261127999999", ct)).Error?.Kind);
    }

    [Fact]
    public async Task Sandbox_Refund_IsIdempotentByNumber_LimitedToThePaidAmount_AndNotified()
    {
        var ct = TestContext.Current.CancellationToken;
        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000004", fen: 10_000), ct);
        Assert.Equal(PaymentErrorKind.InvalidRequest,
            (await Gateway.RefundAsync(new RefundOrder("SB20261127000004", "SR1", 100, 10_000), ct)).Error?.Kind);
        Notifies.PayAndBuildNotify("SB20261127000004");

        var first = (await Gateway.RefundAsync(new RefundOrder("SB20261127000004", "SR2", 6_000, 10_000), ct)).Value;
        var repeated = (await Gateway.RefundAsync(new RefundOrder("SB20261127000004", "SR2", 6_000, 10_000), ct)).Value;
        var tooMuch = await Gateway.RefundAsync(new RefundOrder("SB20261127000004", "SR3", 4_001, 10_000), ct);
        Assert.Equal(first.RefundId, repeated.RefundId);
        Assert.Equal(RefundStatus.Processing, first.Status);
        Assert.Equal(PaymentErrorKind.InvalidRequest, tooMuch.Error?.Kind);

        var outcome = Gateway.ParseNotify(Notifies.CompleteRefundAndBuildNotify("SR2")!.ToRequest());
        var refund = Assert.IsType<RefundNotification>(outcome.Notification).Refund;
        Assert.Equal((RefundStatus.Success, 6_000L, first.RefundId), (refund.Status, refund.RefundFen, refund.RefundId));
        Assert.Equal(RefundStatus.Success, (await Gateway.QueryRefundAsync("SR2", ct)).Value.Status);
    }

    [Fact]
    public async Task Sandbox_Refund_IsFinishedWhenFirstQueried_SoTheQueryJobSettlesItWithoutANotify()
    {
        var ct = TestContext.Current.CancellationToken;
        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000006", fen: 10_000), ct);
        Notifies.PayAndBuildNotify("SB20261127000006");

        var accepted = (await Gateway.RefundAsync(new RefundOrder("SB20261127000006", "SR6", 2_500, 10_000), ct)).Value;
        var queried = (await Gateway.QueryRefundAsync("SR6", ct)).Value;
        var again = (await Gateway.QueryRefundAsync("SR6", ct)).Value;

        Assert.Equal(RefundStatus.Processing, accepted.Status);
        Assert.Equal((RefundStatus.Success, 2_500L, accepted.RefundId), (queried.Status, queried.RefundFen, queried.RefundId));
        Assert.NotNull(queried.SuccessTime);
        Assert.Equal(queried.SuccessTime, again.SuccessTime);
        Assert.Equal(PaymentErrorKind.NotFound, (await Gateway.QueryRefundAsync("SR7", ct)).Error?.Kind);
    }

    [Fact]
    public async Task Sandbox_SharedFolder_LetsAnotherAppQueryAndRefundAnOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), "cellcrm-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = new Dictionary<string, string?> { ["WeChatPay:SandboxPath"] = folder };
            await using var portal = WeChatPayRig.Build(settings);
            await using var backOffice = WeChatPayRig.Build(settings);
            var portalGateway = portal.GetRequiredService<IPaymentGateway>();
            var backOfficeGateway = backOffice.GetRequiredService<IPaymentGateway>();

            await portalGateway.CreateJsapiOrderAsync(WeChatPayRig.Order("SB20261127000005", fen: 8_000), ct);
            var paid = portal.GetRequiredService<SandboxNotifyBuilder>().PayAndBuildNotify("SB20261127000005")!;
            Assert.True(portalGateway.ParseNotify(paid.ToRequest()).Accepted);

            Assert.Equal(TradeState.Success, (await backOfficeGateway.QueryByOutTradeNoAsync("SB20261127000005", ct)).Value.State);
            var refund = await backOfficeGateway.RefundAsync(new RefundOrder("SB20261127000005", "SR5", 8_000, 8_000), ct);
            Assert.True(refund.Succeeded, refund.Error?.ToString());

            // The back office's sandbox signs with the same keys, so the portal accepts its refund notify.
            var notify = backOffice.GetRequiredService<SandboxNotifyBuilder>().CompleteRefundAndBuildNotify("SR5")!;
            Assert.IsType<RefundNotification>(portalGateway.ParseNotify(notify.ToRequest()).Notification);
            Assert.Equal(RefundStatus.Success, (await portalGateway.QueryRefundAsync("SR5", ct)).Value.Status);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Sandbox_PaySign_VerifiesWithTheSandboxMerchantKey()
    {
        var sandbox = _services.GetRequiredService<SandboxWeChatPay>();
        var p = Gateway.SignJsapiPayment("wx_sandbox_1");

        Assert.True(sandbox.Credentials.MerchantKey.VerifyData(Encoding.UTF8.GetBytes($"{p.AppId}\n{p.TimeStamp}\n{p.NonceStr}\n{p.Package}\n"),
            Convert.FromBase64String(p.PaySign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void ConfiguredMerchant_WithoutKeys_FailsValidation()
    {
        using var services = WeChatPayRig.Build(new Dictionary<string, string?>
        {
            ["WeChatPay:MchId"] = "1230000109",
            ["WeChatPay:AppId"] = "wxd678efh567hg6787",
            ["WeChatPay:ApiV3Key"] = "too-short",
            ["WeChatPay:NotifyUrl"] = "http://portal.example.test/notify?x=1",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WeChatPayOptions>>().Value);

        Assert.Contains("WeChatPay:PrivateKey or WeChatPay:PrivateKeyPath is required.", error.Failures);
        Assert.Contains("WeChatPay:CertificateSerialNumber is required.", error.Failures);
        Assert.Contains("WeChatPay:ApiV3Key must be 32 ASCII characters.", error.Failures);
        Assert.Contains("WeChatPay:NotifyUrl must be an https URL without a query string.", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("Set WeChatPay:PublicKeyId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfiguredMerchant_WithUnreadableKey_FailsValidation()
    {
        await using var server = new Testing.Fakes.WeChatPay.FakeWeChatPayServer();
        var settings = server.ClientSettings();
        settings["WeChatPay:PrivateKey"] = "/nonexistent/apiclient_key.pem";
        using var services = WeChatPayRig.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WeChatPayOptions>>().Value);

        Assert.StartsWith("WeChatPay keys could not be read: ", Assert.Single(error.Failures));
    }
}
