using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CellCrm.Testing.Fakes.WeChatPay;

/// <summary>WeChat Pay API v3 on a random loopback port, for tests of the real client over HTTP. It verifies the
/// merchant signature of every request with the merchant's public key (401 SIGN_ERROR otherwise), checks paths and
/// bodies, keeps orders and refunds with WeChat Pay's business answers, signs its answers with its own platform key,
/// and builds signed and encrypted notifies. Its crypto is written here, independently of the client's. Keys are
/// made at start-up; none is stored.</summary>
public sealed partial class FakeWeChatPayServer : IAsyncDisposable
{
    public const string MchId = "1230000109";
    public const string AppId = "wxd678efh567hg6787";
    public const string MerchantSerial = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public const string PublicKeyId = "PUB_KEY_ID_0112300001092026112700000000000001";
    public const string NotifyUrl = "https://portal.example.test/payments/notify";
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    // Made once per test process (2048-bit generation is slow on a busy machine); each server imports its own copy.
    private static readonly Lazy<byte[]> MerchantKeyPkcs8 = new(() => RSA.Create(2048).ExportPkcs8PrivateKey());
    private static readonly Lazy<byte[]> PlatformKeyPkcs8 = new(() => RSA.Create(2048).ExportPkcs8PrivateKey());

    private readonly RSA _merchantPublicKey = RSA.Create();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeOrder> _orders = [];
    private readonly Dictionary<string, FakeRefund> _refunds = [];
    private readonly List<FakeRequest> _requests = [];
    private readonly List<(string Method, string PathPrefix, int Status, string Code)> _failures = [];
    private readonly List<(string Method, string PathPrefix, TimeSpan Delay)> _delays = [];
    private WebApplication? _app;

    public FakeWeChatPayServer()
    {
        MerchantKey.ImportPkcs8PrivateKey(MerchantKeyPkcs8.Value, out _);
        PlatformKey.ImportPkcs8PrivateKey(PlatformKeyPkcs8.Value, out _);
        _merchantPublicKey.ImportSubjectPublicKeyInfo(MerchantKey.ExportSubjectPublicKeyInfo(), out _);
        var request = new CertificateRequest("CN=WeChat Pay Platform (test)", PlatformKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        PlatformCertificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    /// <summary>The merchant's API key pair. The server itself only ever verifies with its public half; the private
    /// half is handed to the client under test through <see cref="ClientSettings"/>.</summary>
    public RSA MerchantKey { get; } = RSA.Create();

    public RSA PlatformKey { get; } = RSA.Create();

    public X509Certificate2 PlatformCertificate { get; }

    public string ApiV3Key { get; } = RandomNumberGenerator.GetString(Alphanumeric, 32);

    /// <summary>Sign answers naming the platform certificate's serial instead of the public key id.</summary>
    public bool UseCertificateSerial { get; set; }

    public ResponseTampering Tampering { get; set; }

    /// <summary>The merchant's balance available for refunds; a larger refund gets NOT_ENOUGH.</summary>
    public long RefundBalanceFen { get; set; } = long.MaxValue;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string SigningSerial => UseCertificateSerial ? PlatformCertificate.SerialNumber : PublicKeyId;

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyDictionary<string, FakeOrder> Orders
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, FakeOrder>(_orders);
            }
        }
    }

    public int CountRequests(string method, string pathPrefix) =>
        Requests.Count(r => r.Method == method && r.PathAndQuery.StartsWith(pathPrefix, StringComparison.Ordinal));

    /// <summary>The next <paramref name="times"/> requests matching method and path prefix get this error.</summary>
    public void FailNext(string method, string pathPrefix, int status, string code, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _failures.Add((method, pathPrefix, status, code));
            }
        }
    }

    /// <summary>The next request matching method and path prefix is carried out, but answered only after
    /// <paramref name="delay"/> (a lost answer when the client gives up first).</summary>
    public void DelayNext(string method, string pathPrefix, TimeSpan delay)
    {
        lock (_gate)
        {
            _delays.Add((method, pathPrefix, delay));
        }
    }

    /// <summary>Settings for the real client (section WeChatPay) pointing at this server.</summary>
    public Dictionary<string, string?> ClientSettings(bool certificateMode = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["WeChatPay:MchId"] = MchId,
            ["WeChatPay:AppId"] = AppId,
            ["WeChatPay:PrivateKey"] = MerchantKey.ExportPkcs8PrivateKeyPem(),
            ["WeChatPay:CertificateSerialNumber"] = MerchantSerial,
            ["WeChatPay:ApiV3Key"] = ApiV3Key,
            ["WeChatPay:BaseUrl"] = BaseAddress.ToString(),
            ["WeChatPay:NotifyUrl"] = NotifyUrl,
            ["WeChatPay:AttemptTimeout"] = "00:00:05",
            ["WeChatPay:RetryDelay"] = "00:00:00.050",
        };
        if (certificateMode)
        {
            settings["WeChatPay:PlatformCertificates:0"] = PlatformCertificate.ExportCertificatePem();
        }
        else
        {
            settings["WeChatPay:PublicKeyId"] = PublicKeyId;
            settings["WeChatPay:PublicKey"] = PlatformKey.ExportSubjectPublicKeyInfoPem();
        }

        return settings;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>The customer paid: the order becomes SUCCESS with a transaction id.</summary>
    public string MarkPaid(string outTradeNo)
    {
        lock (_gate)
        {
            var order = _orders[outTradeNo];
            order.TradeState = "SUCCESS";
            order.TransactionId ??= "4200" + RandomNumberGenerator.GetString("0123456789", 24);
            order.SuccessTime ??= DateTimeOffset.UtcNow;
            return order.TransactionId;
        }
    }

    public void CompleteRefund(string outRefundNo)
    {
        lock (_gate)
        {
            var refund = _refunds[outRefundNo];
            refund.Status = "SUCCESS";
            refund.SuccessTime = DateTimeOffset.UtcNow;
        }
    }

    /// <summary>A TRANSACTION.SUCCESS notify for a paid order. The optional arguments spoil it: another APIv3 key,
    /// another signing key, an old timestamp, another merchant.</summary>
    public FakeNotify TransactionNotify(string outTradeNo, string? apiV3Key = null, RSA? signingKey = null,
        TimeSpan age = default, string mchId = MchId)
    {
        JsonObject transaction;
        lock (_gate)
        {
            transaction = TransactionJson(_orders[outTradeNo]);
        }

        transaction["mchid"] = mchId;
        return Notify("TRANSACTION.SUCCESS", "支付成功", "transaction", transaction, apiV3Key, signingKey, age);
    }

    public FakeNotify RefundNotify(string outRefundNo, string? apiV3Key = null, RSA? signingKey = null)
    {
        JsonObject refund;
        lock (_gate)
        {
            refund = RefundJson(_refunds[outRefundNo], notify: true);
        }

        return Notify("REFUND." + (string)refund["refund_status"]!, "退款成功", "refund", refund, apiV3Key, signingKey, default);
    }

    private FakeNotify Notify(string eventType, string summary, string originalType, JsonObject resource, string? apiV3Key,
        RSA? signingKey, TimeSpan age)
    {
        var nonce = RandomNumberGenerator.GetString(Alphanumeric, 12);
        var plain = Encoding.UTF8.GetBytes(resource.ToJsonString());
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(Encoding.ASCII.GetBytes(apiV3Key ?? ApiV3Key), 16))
        {
            aes.Encrypt(Encoding.ASCII.GetBytes(nonce), plain, cipher, tag, Encoding.ASCII.GetBytes(originalType));
        }

        var envelope = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["create_time"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["resource_type"] = "encrypt-resource",
            ["event_type"] = eventType,
            ["summary"] = summary,
            ["resource"] = new JsonObject
            {
                ["original_type"] = originalType,
                ["algorithm"] = "AEAD_AES_256_GCM",
                ["ciphertext"] = Convert.ToBase64String([.. cipher, .. tag]),
                ["associated_data"] = originalType,
                ["nonce"] = nonce,
            },
        };
        var body = envelope.ToJsonString();
        var timestamp = (DateTimeOffset.UtcNow - age).ToUnixTimeSeconds().ToString();
        var headerNonce = RandomNumberGenerator.GetString(Alphanumeric, 32);
        return new FakeNotify(timestamp, headerNonce, PlatformSign(signingKey ?? PlatformKey, $"{timestamp}\n{headerNonce}\n{body}\n"), SigningSerial, body);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var problem = CheckMerchantSignature(request.Method, target, body, request.Headers.Authorization.ToString());
        (string Method, string PathPrefix, int Status, string Code)? failure = null;
        var delay = TimeSpan.Zero;
        lock (_gate)
        {
            _requests.Add(new FakeRequest(request.Method, target, body, problem is null, problem));
            if (problem is null && _failures.FindIndex(f => f.Method == request.Method && target.StartsWith(f.PathPrefix, StringComparison.Ordinal)) is var i and >= 0)
            {
                failure = _failures[i];
                _failures.RemoveAt(i);
            }

            if (problem is null && _delays.FindIndex(d => d.Method == request.Method && target.StartsWith(d.PathPrefix, StringComparison.Ordinal)) is var j and >= 0)
            {
                delay = _delays[j].Delay;
                _delays.RemoveAt(j);
            }
        }

        if (problem is not null)
        {
            // As WeChat Pay does: an unauthenticated request gets an unsigned 401.
            await WriteAsync(context, 401, Error("SIGN_ERROR", "签名错误，请检查后再试").ToJsonString(), sign: false);
            return;
        }

        if (request.Headers.Accept.ToString() != "application/json")
        {
            await RespondAsync(context, 400, Error("PARAM_ERROR", "Accept 应为 application/json"));
            return;
        }

        if (failure is { } f)
        {
            await RespondAsync(context, f.Status, Error(f.Code, "注入的错误"));
            return;
        }

        var (status, answer) = Route(request.Method, request.Path.Value ?? "", request.Query, body);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await RespondAsync(context, status, answer);
    }

    private (int Status, JsonObject? Body) Route(string method, string path, IQueryCollection query, string body)
    {
        lock (_gate)
        {
            if (method == "POST" && path == "/v3/pay/transactions/jsapi")
            {
                return CreateOrder(JsonNode.Parse(body)!.AsObject());
            }

            if (OrderPath().Match(path) is { Success: true } m)
            {
                var outTradeNo = m.Groups["no"].Value;
                if (method == "GET" && !m.Groups["close"].Success)
                {
                    if ((string?)query["mchid"] != MchId)
                    {
                        return (400, Error("PARAM_ERROR", "mchid 不正确"));
                    }

                    return _orders.TryGetValue(outTradeNo, out var order)
                        ? (200, TransactionJson(order))
                        : (404, Error("ORDER_NOT_EXIST", "订单不存在"));
                }

                if (method == "POST" && m.Groups["close"].Success)
                {
                    if ((string?)JsonNode.Parse(body)?["mchid"] != MchId)
                    {
                        return (400, Error("PARAM_ERROR", "mchid 不正确"));
                    }

                    if (!_orders.TryGetValue(outTradeNo, out var order))
                    {
                        return (404, Error("ORDER_NOT_EXIST", "订单不存在"));
                    }

                    if (order.TradeState is "SUCCESS" or "REFUND")
                    {
                        return (400, Error("ORDERPAID", "订单已支付"));
                    }

                    order.TradeState = "CLOSED";
                    return (204, null);
                }
            }

            if (method == "POST" && path == "/v3/refund/domestic/refunds")
            {
                return CreateRefund(JsonNode.Parse(body)!.AsObject());
            }

            if (method == "GET" && path.StartsWith("/v3/refund/domestic/refunds/", StringComparison.Ordinal))
            {
                return _refunds.TryGetValue(path["/v3/refund/domestic/refunds/".Length..], out var refund)
                    ? (200, RefundJson(refund, notify: false))
                    : (404, Error("RESOURCE_NOT_EXISTS", "退款单不存在"));
            }

            return (404, Error("RESOURCE_NOT_EXISTS", "无此接口"));
        }
    }

    private (int, JsonObject?) CreateOrder(JsonObject order)
    {
        var outTradeNo = (string?)order["out_trade_no"] ?? "";
        var notifyUrl = (string?)order["notify_url"] ?? "";
        var description = (string?)order["description"] ?? "";
        if ((string?)order["appid"] != AppId || (string?)order["mchid"] != MchId)
        {
            return (400, Error("APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配"));
        }

        if (!WeChatOutTradeNo().IsMatch(outTradeNo) || description.Length is 0 or > 127 ||
            !Uri.TryCreate(notifyUrl, UriKind.Absolute, out var notify) || notify.Scheme != "https" || notify.Query.Length > 0 ||
            order["amount"]?["total"]?.GetValue<long>() is not > 0 || (string?)order["amount"]?["currency"] != "CNY" ||
            string.IsNullOrEmpty((string?)order["payer"]?["openid"]) ||
            (order["time_expire"] is { } expire && !DateTimeOffset.TryParse((string?)expire, out _)))
        {
            return (400, Error("PARAM_ERROR", "参数错误"));
        }

        if (_orders.TryGetValue(outTradeNo, out var existing))
        {
            if (existing.TradeState is "SUCCESS" or "REFUND")
            {
                return (400, Error("ORDERPAID", "该订单已支付"));
            }

            if (existing.TradeState == "CLOSED")
            {
                return (400, Error("ORDER_CLOSED", "订单已关闭"));
            }

            return JsonNode.DeepEquals(existing.Request, order)
                ? (200, new JsonObject { ["prepay_id"] = existing.PrepayId })
                : (403, Error("OUT_TRADE_NO_USED", "商户订单号重复"));
        }

        var placed = new FakeOrder(order, "wx" + RandomNumberGenerator.GetString("0123456789abcdef", 32));
        _orders[outTradeNo] = placed;
        return (200, new JsonObject { ["prepay_id"] = placed.PrepayId });
    }

    private (int, JsonObject?) CreateRefund(JsonObject refund)
    {
        var outRefundNo = (string?)refund["out_refund_no"] ?? "";
        var amount = refund["amount"]?["refund"]?.GetValue<long>() ?? 0;
        if (_refunds.TryGetValue(outRefundNo, out var existing))
        {
            return (200, RefundJson(existing, notify: false));
        }

        if (!_orders.TryGetValue((string?)refund["out_trade_no"] ?? "", out var order) || order.TradeState is not ("SUCCESS" or "REFUND"))
        {
            return (404, Error("RESOURCE_NOT_EXISTS", "订单不存在或未支付"));
        }

        if (amount <= 0 || refund["amount"]?["total"]?.GetValue<long>() != order.Total || (string?)refund["amount"]?["currency"] != "CNY" ||
            outRefundNo.Length is 0 or > 64)
        {
            return (400, Error("PARAM_ERROR", "参数错误"));
        }

        if (order.Refunded + amount > order.Total)
        {
            return (400, Error("INVALID_REQUEST", "申请退款金额超过订单可退金额"));
        }

        if (amount > RefundBalanceFen)
        {
            return (403, Error("NOT_ENOUGH", "基本账户余额不足"));
        }

        order.Refunded += amount;
        order.TradeState = "REFUND";
        var created = new FakeRefund("5030" + RandomNumberGenerator.GetString("0123456789", 26), outRefundNo, order, amount);
        _refunds[outRefundNo] = created;
        return (200, RefundJson(created, notify: false));
    }

    private static JsonObject TransactionJson(FakeOrder order)
    {
        var paid = order.TransactionId is not null;
        var json = new JsonObject
        {
            ["appid"] = AppId,
            ["mchid"] = MchId,
            ["out_trade_no"] = order.OutTradeNo,
            ["trade_state"] = order.TradeState,
            ["trade_state_desc"] = order.TradeState switch { "SUCCESS" => "支付成功", "CLOSED" => "订单已关闭", "REFUND" => "转入退款", _ => "订单未支付" },
            ["payer"] = new JsonObject { ["openid"] = (string?)order.Request["payer"]!["openid"] },
            ["amount"] = paid
                ? new JsonObject { ["total"] = order.Total, ["payer_total"] = order.Total, ["currency"] = "CNY", ["payer_currency"] = "CNY" }
                : new JsonObject { ["total"] = order.Total, ["currency"] = "CNY" },
        };
        if (order.Request["attach"] is { } attach)
        {
            json["attach"] = (string?)attach;
        }

        if (paid)
        {
            json["transaction_id"] = order.TransactionId;
            json["trade_type"] = "JSAPI";
            json["bank_type"] = "OTHERS";
            json["success_time"] = order.SuccessTime!.Value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        }

        return json;
    }

    private static JsonObject RefundJson(FakeRefund refund, bool notify)
    {
        var json = new JsonObject
        {
            ["refund_id"] = refund.RefundId,
            ["out_refund_no"] = refund.OutRefundNo,
            ["transaction_id"] = refund.Order.TransactionId,
            ["out_trade_no"] = refund.Order.OutTradeNo,
            [notify ? "refund_status" : "status"] = refund.Status,
            ["amount"] = new JsonObject
            {
                ["total"] = refund.Order.Total,
                ["refund"] = refund.Refund,
                ["payer_total"] = refund.Order.Total,
                ["payer_refund"] = refund.Refund,
            },
        };
        if (notify)
        {
            json["mchid"] = MchId;
        }

        if (refund.SuccessTime is { } at)
        {
            json["success_time"] = at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        }

        return json;
    }

    /// <summary>Null when the Authorization header is a valid merchant signature of this exact request.</summary>
    private string? CheckMerchantSignature(string method, string target, string body, string authorization)
    {
        const string scheme = "WECHATPAY2-SHA256-RSA2048 ";
        if (!authorization.StartsWith(scheme, StringComparison.Ordinal))
        {
            return "no WECHATPAY2-SHA256-RSA2048 Authorization";
        }

        var fields = AuthorizationField().Matches(authorization[scheme.Length..])
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);
        foreach (var key in new[] { "mchid", "nonce_str", "signature", "timestamp", "serial_no" })
        {
            if (!fields.ContainsKey(key))
            {
                return $"{key} missing";
            }
        }

        if (fields["mchid"] != MchId || fields["serial_no"] != MerchantSerial)
        {
            return "mchid or serial_no does not match";
        }

        if (!long.TryParse(fields["timestamp"], out var seconds) ||
            Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300)
        {
            return "timestamp expired";
        }

        var message = Encoding.UTF8.GetBytes($"{method}\n{target}\n{fields["timestamp"]}\n{fields["nonce_str"]}\n{body}\n");
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(fields["signature"]);
        }
        catch (FormatException)
        {
            return "signature is not Base64";
        }

        return _merchantPublicKey.VerifyData(message, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            ? null
            : "sign not match";
    }

    private Task RespondAsync(HttpContext context, int status, JsonObject? answer) =>
        WriteAsync(context, status, answer?.ToJsonString() ?? "", sign: Tampering != ResponseTampering.Unsigned);

    private async Task WriteAsync(HttpContext context, int status, string body, bool sign)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (sign)
        {
            var age = Tampering == ResponseTampering.StaleTimestamp ? TimeSpan.FromMinutes(10) : TimeSpan.Zero;
            var timestamp = (DateTimeOffset.UtcNow - age).ToUnixTimeSeconds().ToString();
            var nonce = RandomNumberGenerator.GetString(Alphanumeric, 32);
            var key = Tampering == ResponseTampering.ForeignKey ? RSA.Create(2048) : PlatformKey;
            response.Headers["Wechatpay-Timestamp"] = timestamp;
            response.Headers["Wechatpay-Nonce"] = nonce;
            response.Headers["Wechatpay-Signature"] = PlatformSign(key, $"{timestamp}\n{nonce}\n{body}\n");
            response.Headers["Wechatpay-Serial"] = SigningSerial;
            response.Headers["Wechatpay-Signature-Type"] = "WECHATPAY2-SHA256-RSA2048";
            if (Tampering == ResponseTampering.AlteredBody && body.Length > 0)
            {
                body = body.Replace("\"total\":", "\"total\":1");
                body = body.Replace("\"prepay_id\":\"wx", "\"prepay_id\":\"wy");
            }
        }

        response.Headers["Request-ID"] = Guid.NewGuid().ToString("N");
        if (body.Length > 0)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(body);
        }
    }

    private static string PlatformSign(RSA key, string message) =>
        Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    private static JsonObject Error(string code, string message) => new() { ["code"] = code, ["message"] = message };

    [GeneratedRegex("^/v3/pay/transactions/out-trade-no/(?<no>[^/]+)(?<close>/close)?$")]
    private static partial Regex OrderPath();

    // WeChat Pay's own rule (it allows '|', which our client never sends).
    [GeneratedRegex(@"^[A-Za-z0-9_\-|*]{6,32}$")]
    private static partial Regex WeChatOutTradeNo();

    [GeneratedRegex("(?<key>[a-z_]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex AuthorizationField();
}
