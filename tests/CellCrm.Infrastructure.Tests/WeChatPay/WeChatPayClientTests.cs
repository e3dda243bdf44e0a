using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CellCrm.Domain.Payments;
using CellCrm.Testing.Fakes.WeChatPay;

namespace CellCrm.Infrastructure.Tests.WeChatPay;

/// <summary>The WeChat Pay client over HTTP against the fake server, which verifies every request signature.</summary>
public sealed class WeChatPayClientTests : IAsyncLifetime
{
    private WeChatPayRig _rig = null!;

    private FakeWeChatPayServer Server => _rig.Server;

    private IPaymentGateway Gateway => _rig.Gateway;

    public async ValueTask InitializeAsync() => _rig = await WeChatPayRig.StartAsync();

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task CreateJsapiOrder_SignedRequest_IsVerifiedByServer_AndReturnsPrepay()
    {
        var result = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000001"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Error?.ToString());
        var request = Assert.Single(Server.Requests);
        Assert.True(request.SignatureValid, request.SignatureProblem);
        Assert.Equal(("POST", "/v3/pay/transactions/jsapi"), (request.Method, request.PathAndQuery));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(FakeWeChatPayServer.AppId, (string?)body["appid"]);
        Assert.Equal(FakeWeChatPayServer.MchId, (string?)body["mchid"]);
        Assert.Equal("CC20261127000001", (string?)body["out_trade_no"]);
        Assert.Equal("细胞储存费 HT20261127001", (string?)body["description"]);
        Assert.Equal(1_280_000L, (long)body["amount"]!["total"]!);
        Assert.Equal("CNY", (string?)body["amount"]!["currency"]);
        Assert.Equal("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", (string?)body["payer"]!["openid"]);
        Assert.Equal("2026-11-27T18:30:00+08:00", (string?)body["time_expire"]);
        Assert.Equal("link:42", (string?)body["attach"]);
        Assert.Equal(FakeWeChatPayServer.NotifyUrl, (string?)body["notify_url"]);

        var prepay = result.Value;
        Assert.Equal(Server.Orders["CC20261127000001"].PrepayId, prepay.PrepayId);
        Assert.Equal("prepay_id=" + prepay.PrepayId, prepay.PayParameters.Package);
        Assert.InRange(prepay.ValidUntil - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
    }

    [Fact]
    public async Task JsapiPayParameters_PaySign_IsMerchantSignatureOverFourLines()
    {
        var prepay = (await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000002"), TestContext.Current.CancellationToken)).Value;
        var p = prepay.PayParameters;

        Assert.Equal(FakeWeChatPayServer.AppId, p.AppId);
        Assert.Equal("RSA", p.SignType);
        Assert.InRange(long.Parse(p.TimeStamp), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        Assert.Equal(32, p.NonceStr.Length);
        Assert.True(Server.MerchantKey.VerifyData(Encoding.UTF8.GetBytes($"{p.AppId}\n{p.TimeStamp}\n{p.NonceStr}\n{p.Package}\n"),
            Convert.FromBase64String(p.PaySign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.False(Server.MerchantKey.VerifyData(Encoding.UTF8.GetBytes($"{p.AppId}\n{p.TimeStamp}\n{p.NonceStr}\n{p.Package}"),
            Convert.FromBase64String(p.PaySign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        var again = Gateway.SignJsapiPayment(prepay.PrepayId);
        Assert.Equal(p.Package, again.Package);
        Assert.NotEqual(p.NonceStr, again.NonceStr);
    }

    [Fact]
    public async Task Request_SignedWithAnotherMerchantKey_IsRefusedWithSignError()
    {
        using var otherKey = RSA.Create(2048);
        await using var wrong = await WeChatPayRig.StartAsync(adjust: s => s["WeChatPay:PrivateKey"] = otherKey.ExportPkcs8PrivateKeyPem());

        var result = await wrong.Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000003"), TestContext.Current.CancellationToken);

        Assert.Equal(PaymentErrorKind.SignatureRejected, result.Error?.Kind);
        Assert.Equal(("SIGN_ERROR", 401), (result.Error!.Code, result.Error.HttpStatus));
        Assert.Equal("sign not match", Assert.Single(wrong.Server.Requests).SignatureProblem);
        Assert.Empty(wrong.Server.Orders);
    }

    [Theory]
    [InlineData(ResponseTampering.AlteredBody)]
    [InlineData(ResponseTampering.StaleTimestamp)]
    [InlineData(ResponseTampering.ForeignKey)]
    [InlineData(ResponseTampering.Unsigned)]
    public async Task Answer_WithoutValidWeChatPaySignature_IsNotBelieved(ResponseTampering tampering)
    {
        Server.Tampering = tampering;

        var order = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000004"), TestContext.Current.CancellationToken);
        Server.MarkPaid("CC20261127000004");
        var query = await Gateway.QueryByOutTradeNoAsync("CC20261127000004", TestContext.Current.CancellationToken);

        Assert.Equal(PaymentErrorKind.UntrustedResponse, order.Error?.Kind);
        Assert.Null(order.ValueOrDefault);
        Assert.Equal(PaymentErrorKind.UntrustedResponse, query.Error?.Kind);
        Assert.Null(query.ValueOrDefault);
    }

    [Fact]
    public async Task PlatformCertificateMode_VerifiesAnswersByCertificateSerial()
    {
        await using var rig = await WeChatPayRig.StartAsync(certificateMode: true);
        rig.Server.UseCertificateSerial = true;

        var result = await rig.Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000005"), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Error?.ToString());

        // The same key named by the public key id is unknown in certificate mode.
        rig.Server.UseCertificateSerial = false;
        var query = await rig.Gateway.QueryByOutTradeNoAsync("CC20261127000005", TestContext.Current.CancellationToken);
        Assert.Equal(PaymentErrorKind.UntrustedResponse, query.Error?.Kind);
    }

    [Fact]
    public async Task OrderAgain_SameParametersReusesPrepay_OtherAmountPaidOrClosedAreTypedErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000006"), ct);
        var same = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000006"), ct);
        var otherAmount = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000006", fen: 1_279_999), ct);
        Assert.Equal(first.Value.PrepayId, same.Value.PrepayId);
        Assert.Equal(PaymentErrorKind.OrderNumberUsed, otherAmount.Error?.Kind);

        Server.MarkPaid("CC20261127000006");
        var paid = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000006"), ct);
        var closePaid = await Gateway.CloseAsync("CC20261127000006", ct);
        Assert.Equal((PaymentErrorKind.OrderPaid, "ORDERPAID"), (paid.Error!.Kind, paid.Error.Code));
        Assert.Equal(PaymentErrorKind.OrderPaid, closePaid.Error?.Kind);

        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000007"), ct);
        var close = await Gateway.CloseAsync("CC20261127000007", ct);
        var closed = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000007"), ct);
        Assert.True(close.Succeeded, close.Error?.ToString());
        Assert.Equal((PaymentErrorKind.OrderClosed, "ORDER_CLOSED"), (closed.Error!.Kind, closed.Error.Code));
        var closeRequest = Server.Requests.Single(r => r.PathAndQuery == "/v3/pay/transactions/out-trade-no/CC20261127000007/close");
        Assert.Equal(FakeWeChatPayServer.MchId, (string?)JsonNode.Parse(closeRequest.Body)!["mchid"]);
        Assert.All(Server.Requests, r => Assert.True(r.SignatureValid, r.SignatureProblem));
    }

    [Fact]
    public async Task Query_ReportsStateAndPayment_UnknownOrderIsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000008"), ct);

        var unpaid = (await Gateway.QueryByOutTradeNoAsync("CC20261127000008", ct)).Value;
        var transactionId = Server.MarkPaid("CC20261127000008");
        var paid = (await Gateway.QueryByOutTradeNoAsync("CC20261127000008", ct)).Value;
        var unknown = await Gateway.QueryByOutTradeNoAsync("CC20261127999999", ct);

        Assert.Equal((TradeState.NotPay, null), (unpaid.State, unpaid.TransactionId));
        Assert.Equal((TradeState.Success, transactionId, 1_280_000L, 1_280_000L), (paid.State, paid.TransactionId, paid.TotalFen, paid.PayerTotalFen));
        Assert.Equal(("link:42", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"), (paid.Attach, paid.PayerOpenId));
        Assert.NotNull(paid.SuccessTime);
        Assert.Equal(PaymentErrorKind.NotFound, unknown.Error?.Kind);
        Assert.Contains(Server.Requests, r => r.Method == "GET" && r.PathAndQuery == "/v3/pay/transactions/out-trade-no/CC20261127000008?mchid=1230000109");
    }

    [Fact]
    public async Task CreateOrder_On500_IsNotRetried_ButQueryIs()
    {
        var ct = TestContext.Current.CancellationToken;
        Server.FailNext("POST", "/v3/pay/transactions/jsapi", 500, "SYSTEM_ERROR");
        var order = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000009"), ct);

        Assert.Equal((PaymentErrorKind.Unavailable, "SYSTEM_ERROR", 500), (order.Error!.Kind, order.Error.Code, order.Error.HttpStatus));
        Assert.Equal(1, Server.CountRequests("POST", "/v3/pay/transactions/jsapi"));
        Assert.Empty(Server.Orders);

        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000009"), ct);
        Server.FailNext("GET", "/v3/pay/transactions/out-trade-no/", 500, "SYSTEM_ERROR");
        var query = await Gateway.QueryByOutTradeNoAsync("CC20261127000009", ct);

        Assert.True(query.Succeeded, query.Error?.ToString());
        Assert.Equal(2, Server.CountRequests("GET", "/v3/pay/transactions/out-trade-no/"));
    }

    [Theory]
    [InlineData(429, "FREQUENCY_LIMITED", PaymentErrorKind.RateLimited)]
    [InlineData(400, "PARAM_ERROR", PaymentErrorKind.InvalidRequest)]
    [InlineData(403, "NO_AUTH", PaymentErrorKind.NotAuthorized)]
    [InlineData(403, "OUT_TRADE_NO_USED", PaymentErrorKind.OrderNumberUsed)]
    [InlineData(502, "BAD_GATEWAY_SOMETHING", PaymentErrorKind.Unavailable)]
    [InlineData(400, "SOMETHING_NEW", PaymentErrorKind.Other)]
    public async Task CreateOrder_ErrorCodes_MapToKinds_WithoutRetry(int status, string code, PaymentErrorKind kind)
    {
        Server.FailNext("POST", "/v3/pay/transactions/jsapi", status, code);

        var result = await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000014"), TestContext.Current.CancellationToken);

        Assert.Equal((kind, code, status), (result.Error!.Kind, result.Error.Code, result.Error.HttpStatus));
        Assert.Equal(1, Server.CountRequests("POST", "/v3/pay/transactions/jsapi"));
    }

    [Fact]
    public async Task CreateOrder_Timeout_IsNotRetried_AndTheOrderIsFoundByQuery_WhileAQueryTimeoutIsRetried()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await WeChatPayRig.StartAsync(adjust: s => s["WeChatPay:AttemptTimeout"] = "00:00:01");
        rig.Server.DelayNext("POST", "/v3/pay/transactions/jsapi", TimeSpan.FromSeconds(4));

        var order = await rig.Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000013"), ct);

        Assert.Equal(PaymentErrorKind.Unavailable, order.Error?.Kind);
        Assert.Equal(1, rig.Server.CountRequests("POST", "/v3/pay/transactions/jsapi"));

        // The answer was lost, not the order: a query (itself retried after a timeout) finds it unpaid.
        rig.Server.DelayNext("GET", "/v3/pay/transactions/out-trade-no/", TimeSpan.FromSeconds(4));
        var query = await rig.Gateway.QueryByOutTradeNoAsync("CC20261127000013", ct);
        Assert.Equal(TradeState.NotPay, query.Value.State);
        Assert.Equal(2, rig.Server.CountRequests("GET", "/v3/pay/transactions/out-trade-no/"));
    }

    [Fact]
    public async Task Refund_OnPaidOrder_IsProcessing_ThenQueriedAsSuccess_AndCreationIsNotRetried()
    {
        var ct = TestContext.Current.CancellationToken;
        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000010", fen: 50_000), ct);
        var transactionId = Server.MarkPaid("CC20261127000010");

        Server.FailNext("POST", "/v3/refund/domestic/refunds", 503, "SYSTEM_ERROR");
        var failed = await Gateway.RefundAsync(new RefundOrder("CC20261127000010", "RF20261127000010", 20_000, 50_000, "客户申请退款"), ct);
        Assert.Equal(PaymentErrorKind.Unavailable, failed.Error?.Kind);
        Assert.Equal(1, Server.CountRequests("POST", "/v3/refund/domestic/refunds"));

        var refund = (await Gateway.RefundAsync(new RefundOrder("CC20261127000010", "RF20261127000010", 20_000, 50_000, "客户申请退款"), ct)).Value;
        Assert.Equal((RefundStatus.Processing, 20_000L, 50_000L, transactionId), (refund.Status, refund.RefundFen, refund.TotalFen, refund.TransactionId));
        var body = JsonNode.Parse(Server.Requests.Last(r => r.Method == "POST").Body)!;
        Assert.Equal(("RF20261127000010", "客户申请退款", FakeWeChatPayServer.NotifyUrl), ((string?)body["out_refund_no"], (string?)body["reason"], (string?)body["notify_url"]));

        Server.CompleteRefund("RF20261127000010");
        var queried = (await Gateway.QueryRefundAsync("RF20261127000010", ct)).Value;
        Assert.Equal((RefundStatus.Success, refund.RefundId), (queried.Status, queried.RefundId));
        Assert.NotNull(queried.SuccessTime);

        var tooMuch = await Gateway.RefundAsync(new RefundOrder("CC20261127000010", "RF20261127000011", 30_001, 50_000), ct);
        Assert.Equal(PaymentErrorKind.InvalidRequest, tooMuch.Error?.Kind);
    }

    [Fact]
    public async Task Refund_AboveMerchantBalance_IsNotEnough()
    {
        var ct = TestContext.Current.CancellationToken;
        await Gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("CC20261127000012", fen: 50_000), ct);
        Server.MarkPaid("CC20261127000012");
        Server.RefundBalanceFen = 10_000;

        var result = await Gateway.RefundAsync(new RefundOrder("CC20261127000012", "RF20261127000012", 10_001, 50_000), ct);

        Assert.Equal((PaymentErrorKind.NotEnough, "NOT_ENOUGH", 403), (result.Error!.Kind, result.Error.Code, result.Error.HttpStatus));
    }
}
