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

    public IReadOnlyDictionary<string, FakeRefund> Refunds
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, FakeRefund>(_refunds);
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
