using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CellCrm.Testing.Fakes.WeChat;

/// <summary>The Official Account API on a loopback port, for the real client to talk to. It checks the method,
/// path, query and body of every call (a wrong call is answered with errcode 40097 and recorded in
/// <see cref="Violations"/>), answers the documented success and error shapes, counts calls, and can be told to
/// expire tokens or to fail the next calls. Like WeChat (WECHAT.md A4) it drops a repeated template send of the same
/// openid + client_msg_id: answered as a success, not delivered again; it counts sends received, messages delivered
/// and repeats dropped separately (<c>GET /fake/stats</c> gives them to a benchmark in another process).</summary>
public sealed class FakeWeChatServer : IAsyncDisposable
{
    public const string AppId = "wx5f3c9a1b2d4e6f70";
    public const string AppSecret = "fake-secret-0123456789abcdef01234";

    public const string StableTokenPath = "/cgi-bin/stable_token";
    public const string TicketPath = "/cgi-bin/ticket/getticket";
    public const string TemplateSendPath = "/cgi-bin/message/template/send";
    public const string OAuthTokenPath = "/sns/oauth2/access_token";
    public const string UserInfoPath = "/sns/userinfo";
    public const string StatsPath = "/fake/stats";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<JsonElement> _templateMessages = new();
    private readonly Dictionary<string, long> _clientMsgIds = [];
    private readonly ConcurrentDictionary<string, int> _deliveredUrls = new();
    private int _sendsReceived;
    private int _delivered;
    private int _repeatsDropped;
    private const int Drop = int.MinValue;

    private readonly ConcurrentQueue<int> _templateErrors = new();
    private readonly ConcurrentQueue<int> _ticketErrors = new();
    private readonly ConcurrentDictionary<string, int> _httpFailures = new();
    private readonly HashSet<string> _validTokens = [];
    private readonly HashSet<string> _expiredTokens = [];
    private readonly Dictionary<string, (string OpenId, bool UserInfo)> _codes = [];
    private readonly HashSet<string> _usedCodes = [];
    private readonly Dictionary<string, string> _webTokens = [];
    private string? _currentToken;
    private DateTimeOffset _currentTokenExpires;
    private int _serial;

    private FakeWeChatServer(WebApplication app)
    {
        _app = app;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value!;
            if (_httpFailures.TryGetValue(path, out var left) && left > 0 && _httpFailures.TryUpdate(path, left - 1, left))
            {
                Count(context);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context);
        });
        app.Map(StableTokenPath, StableTokenAsync);
        app.Map(TicketPath, TicketAsync);
        app.Map(TemplateSendPath, TemplateSendAsync);
        app.Map(OAuthTokenPath, OAuthToken);
        app.Map(UserInfoPath, UserInfo);
        app.MapGet(StatsPath, Stats);
        app.MapFallback(context => Violation(context, $"unknown endpoint {context.Request.Method} {context.Request.Path}"));
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>How long the stable-token endpoint takes to answer (widens the window for concurrent refreshes).</summary>
    public TimeSpan TokenDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public int TokenExpiresIn { get; set; } = 7200;

    /// <summary>The jsapi_ticket the ticket endpoint hands out.</summary>
    public string Ticket { get; } = "fake-jsapi-ticket-" + Guid.NewGuid().ToString("N");

    public IReadOnlyCollection<string> Violations => _violations.ToArray();

    /// <summary>Template sends answered with success, repeats included.</summary>
    public int SendsReceived => Volatile.Read(ref _sendsReceived);

    /// <summary>Template messages that reached the customer (repeats dropped).</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Repeated sends of an openid + client_msg_id already delivered: answered ok, not delivered.</summary>
    public int RepeatsDropped => Volatile.Read(ref _repeatsDropped);

    public TemplateStats Stats() => new(SendsReceived, Delivered, RepeatsDropped, _deliveredUrls.Count);

    /// <summary>Bodies of template messages that were delivered (a dropped repeat is not listed).</summary>
    public IReadOnlyList<JsonElement> TemplateMessages => _templateMessages.ToArray();

    /// <summary>Every access_token issued so far, in order.</summary>
    public List<string> IssuedTokens { get; } = [];

    /// <param name="port">0 for any free port (see <see cref="BaseUrl"/>).</param>
    public static async Task<FakeWeChatServer> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var server = new FakeWeChatServer(builder.Build());
        await server._app.StartAsync();
        server.BaseUrl = server._app.Urls.Single();
        return server;
    }

    public int Calls(string path) => _calls.GetValueOrDefault(path);

    /// <summary>Every token issued so far stops working (calls with it answer 42001).</summary>
    public void ExpireTokens()
    {
        lock (_gate)
        {
            _expiredTokens.UnionWith(_validTokens);
            _validTokens.Clear();
            _currentToken = null;
        }
    }

    /// <summary>The next template sends answer these errcodes, in order.</summary>
    public void FailNextTemplateSends(params int[] errorCodes)
    {
        foreach (var code in errorCodes)
        {
            _templateErrors.Enqueue(code);
        }
    }

    /// <summary>The next template send breaks the connection without an answer.</summary>
    public void DropNextTemplateSend() => _templateErrors.Enqueue(Drop);

    public void FailNextTicketRequests(params int[] errorCodes)
    {
        foreach (var code in errorCodes)
        {
            _ticketErrors.Enqueue(code);
        }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="path"/> answer HTTP 503 (a gateway
    /// in front of WeChat failing), before anything else is checked.</summary>
    public void FailNextHttp(string path, int count) => _httpFailures[path] = count;

    /// <summary>A code as WeChat would append to the redirect after the user authorised.</summary>
    public string IssueCode(string openId, bool userInfo = false)
    {
        var code = "code" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _codes[code] = (openId, userInfo);
        }

        return code;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task StableTokenAsync(HttpContext context)
    {
        Count(context);
        if (!Expect(context, "POST") || !context.Request.HasJsonContentType())
        {
            await Violation(context, "stable_token needs POST with a JSON body");
            return;
        }

        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        if (Str(body, "grant_type") != "client_credential" || Str(body, "appid") != AppId || Str(body, "secret") != AppSecret ||
            !body.TryGetProperty("force_refresh", out var force) || force.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            await Violation(context, "stable_token body: " + body.GetRawText());
            return;
        }

        await Task.Delay(TokenDelay);
        string token;
        int expiresIn;
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            if (force.ValueKind == JsonValueKind.True || _currentToken is null || _currentTokenExpires <= now)
            {
                _currentToken = $"fake-token-{++_serial}-{Guid.NewGuid():N}";
                _currentTokenExpires = now.AddSeconds(TokenExpiresIn);
                _validTokens.Add(_currentToken);
                IssuedTokens.Add(_currentToken);
            }

            token = _currentToken;
            expiresIn = (int)(_currentTokenExpires - now).TotalSeconds;
        }

        await context.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["access_token"] = token, ["expires_in"] = expiresIn });
    }

    private Task TicketAsync(HttpContext context)
    {
        Count(context);
        var query = context.Request.Query;
        if (!Expect(context, "GET") || query["type"] != "jsapi" || !query.ContainsKey("access_token"))
        {
            return Violation(context, "getticket needs GET ?access_token=…&type=jsapi");
        }

        if (TokenError(query["access_token"].ToString()) is { } tokenError)
        {
            return Error(context, tokenError);
        }

        return _ticketErrors.TryDequeue(out var failure)
            ? Error(context, failure)
            : context.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["errcode"] = 0, ["errmsg"] = "ok", ["ticket"] = Ticket, ["expires_in"] = 7200 });
    }

    private async Task TemplateSendAsync(HttpContext context)
    {
        Count(context);
        if (!Expect(context, "POST") || !context.Request.Query.ContainsKey("access_token") || !context.Request.HasJsonContentType())
        {
            await Violation(context, "template/send needs POST ?access_token=… with a JSON body");
            return;
        }

        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        if (string.IsNullOrEmpty(Str(body, "touser")) || string.IsNullOrEmpty(Str(body, "template_id")) ||
            !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object ||
            data.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Object || Str(p.Value, "value") is null))
        {
            await Violation(context, "template/send body: " + body.GetRawText());
            return;
        }

        if (TokenError(context.Request.Query["access_token"].ToString()) is { } tokenError)
        {
            await Error(context, tokenError);
            return;
        }

        if (_templateErrors.TryDequeue(out var failure))
        {
            if (failure == Drop)
            {
                context.Abort();
                return;
            }

            await Error(context, failure);
            return;
        }

        if (body.TryGetProperty("client_msg_id", out var clientMsgId) && clientMsgId.ValueKind != JsonValueKind.String)
        {
            await Violation(context, "template/send client_msg_id is not a string: " + body.GetRawText());
            return;
        }

        Interlocked.Increment(ref _sendsReceived);
        long msgId;
        var repeat = false;
        lock (_gate)
        {
            var key = clientMsgId.ValueKind == JsonValueKind.String ? Str(body, "touser") + "\n" + clientMsgId.GetString() : null;
            if (key is not null && _clientMsgIds.TryGetValue(key, out msgId))
            {
                repeat = true;
            }
            else
            {
                msgId = 200228332L + ++_delivered;
                if (key is not null)
                {
                    _clientMsgIds[key] = msgId;
                }
            }
        }

        if (repeat)
        {
            // WeChat drops the duplicate; the fake answers it as the first send was answered.
            Interlocked.Increment(ref _repeatsDropped);
        }
        else
        {
            _templateMessages.Enqueue(body.Clone());
            _deliveredUrls.AddOrUpdate(Str(body, "url") ?? "", 1, (_, n) => n + 1);
        }

        await context.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["errcode"] = 0, ["errmsg"] = "ok", ["msgid"] = msgId });
    }

    private Task OAuthToken(HttpContext context)
    {
        Count(context);
        var query = context.Request.Query;
        if (!Expect(context, "GET") || query["appid"] != AppId || query["secret"] != AppSecret ||
            query["grant_type"] != "authorization_code" || string.IsNullOrEmpty(query["code"]))
        {
            return Violation(context, "oauth2/access_token query: " + context.Request.QueryString);
        }

        var code = query["code"].ToString();
        (string OpenId, bool UserInfo) grant;
        string webToken;
        lock (_gate)
        {
            if (_usedCodes.Contains(code))
            {
                return Error(context, 40163, "code been used");
            }

            if (!_codes.Remove(code, out grant))
            {
                return Error(context, 40029, "invalid code");
            }

            _usedCodes.Add(code);
            webToken = "web-token-" + Guid.NewGuid().ToString("N");
            _webTokens[webToken] = grant.OpenId;
        }

        return context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["access_token"] = webToken,
            ["expires_in"] = 7200,
            ["refresh_token"] = "refresh-" + Guid.NewGuid().ToString("N"),
            ["openid"] = grant.OpenId,
            ["scope"] = grant.UserInfo ? "snsapi_userinfo" : "snsapi_base",
        });
    }

    private Task UserInfo(HttpContext context)
    {
        Count(context);
        var query = context.Request.Query;
        if (!Expect(context, "GET") || string.IsNullOrEmpty(query["access_token"]) || string.IsNullOrEmpty(query["openid"]) || query["lang"] != "zh_CN")
        {
            return Violation(context, "sns/userinfo query: " + context.Request.QueryString);
        }

        lock (_gate)
        {
            if (!_webTokens.TryGetValue(query["access_token"].ToString(), out var openId) || openId != query["openid"])
            {
                return Error(context, 40001, "invalid credential");
            }
        }

        return context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["openid"] = query["openid"].ToString(),
            ["nickname"] = "微信用户" + query["openid"].ToString()[^4..],
            ["sex"] = 0,
            ["headimgurl"] = "",
            ["privilege"] = Array.Empty<string>(),
        });
    }

    private int? TokenError(string token)
    {
        lock (_gate)
        {
            return _validTokens.Contains(token) ? null
                : _expiredTokens.Contains(token) ? 42001
                : 40001;
        }
    }

    private void Count(HttpContext context) => _calls.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);

    private static bool Expect(HttpContext context, string method) => context.Request.Method == method;

    private Task Violation(HttpContext context, string problem)
    {
        _violations.Enqueue(problem);
        return Error(context, 40097, "invalid args");
    }

    private static Task Error(HttpContext context, int code, string? message = null) =>
        context.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["errcode"] = code, ["errmsg"] = message ?? ErrorText(code) });

    private static string ErrorText(int code) => code switch
    {
        -1 => "system error",
        40001 => "invalid credential, access_token is invalid or not latest",
        40003 => "invalid openid",
        40037 => "invalid template_id",
        42001 => "access_token expired",
        43004 => "require subscribe",
        43101 => "user refuse to accept the msg",
        45009 => "reach max api daily quota limit",
        47003 => "argument invalid! data.thing1.value invalid",
        _ => "error",
    };

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
