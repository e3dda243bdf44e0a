using System.Text.RegularExpressions;
using CellCrm.Infrastructure.WeChat;
using Microsoft.Extensions.Options;

namespace CellCrm.Portal.WeChat;

/// <summary>The Official Account's server URL (<c>/wechat/callback</c>, WECHAT.md A1) and the JS-SDK configuration of
/// portal pages (<c>/wechat/jssdk-config</c>, A5).</summary>
public static partial class WeChatEndpoints
{
    private const int MaxMessageBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapWeChatEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/wechat").AllowAnonymous();
        group.MapGet("/callback", Verify);
        group.MapPost("/callback", ReceiveAsync);
        group.MapGet("/jssdk-config", JsSdkConfigAsync);
        return endpoints;
    }

    /// <summary>WeChat checks the server URL: answer its echostr when the signature is ours.</summary>
    private static IResult Verify(HttpRequest request, IOptions<WeChatOptions> options)
    {
        if (string.IsNullOrEmpty(options.Value.Token))
        {
            return Results.Text("公众号未配置", statusCode: StatusCodes.Status404NotFound);
        }

        return IsSigned(request, options.Value.Token)
            ? Results.Text(request.Query["echostr"].ToString(), "text/plain")
            : Forbidden();
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<WeChatOptions> options, TimeProvider clock, ILoggerFactory loggers)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.Token))
        {
            return Results.Text("公众号未配置", statusCode: StatusCodes.Status404NotFound);
        }

        if (!IsSigned(request, settings.Token))
        {
            LogBadSignature(loggers.CreateLogger(typeof(WeChatEndpoints)), request.HttpContext.Connection.RemoteIpAddress?.ToString());
            return Forbidden();
        }

        if (request.ContentLength > MaxMessageBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var body = await ReadBoundedAsync(request.Body, request.HttpContext.RequestAborted);
        var message = body is null ? null : WeChatInboundMessage.Parse(body);
        if (message is null)
        {
            return Results.Text("无法识别的消息", statusCode: StatusCodes.Status400BadRequest);
        }

        if (message.IsSubscribe && OpenIdShape().IsMatch(message.FromUserName))
        {
            var portal = settings.PortalBaseUrl ?? $"{request.Scheme}://{request.Host}/";
            var welcome = $"欢迎关注！办理签约、查看合同与缴费，请进入客户服务平台：<a href=\"{portal}\">签约及查询</a>";
            return Results.Text(WeChatPassiveReply.Text(message, welcome, clock.GetUtcNow()), "text/xml; charset=utf-8");
        }

        // Every other message or event: acknowledged so that WeChat does not retry it.
        return Results.Text(WeChatPassiveReply.Success, "text/plain");
    }

    /// <summary>The wx.config parameters for a page of this portal (never for another site's URL).</summary>
    private static async Task<IResult> JsSdkConfigAsync(string? url, HttpRequest request, IOptions<WeChatOptions> options, JsSdkSigner signer, CancellationToken ct)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (!options.Value.IsConfigured)
        {
            return Results.Json(new { error = "公众号未配置" }, statusCode: StatusCodes.Status404NotFound);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var page) || page.Scheme is not ("http" or "https"))
        {
            return Results.Json(new { error = "页面地址无效" }, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!IsOwnPage(page, request, options.Value.PortalBaseUrl))
        {
            return Results.Json(new { error = "只能为本平台的页面签名" }, statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var config = await signer.CreateConfigAsync(page, ct);
            return Results.Json(config);
        }
        catch (Exception e) when (WeChatFailures.IsNetwork(e, ct) || e is WeChatApiException)
        {
            return Results.Json(new { error = "微信暂时无法响应，请稍后重试" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static bool IsOwnPage(Uri page, HttpRequest request, string? portalBaseUrl)
    {
        var ownPort = request.Host.Port;
        var sameAsRequest = string.Equals(page.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase) &&
                            (ownPort is null ? page.IsDefaultPort : page.Port == ownPort);
        return sameAsRequest ||
               (Uri.TryCreate(portalBaseUrl, UriKind.Absolute, out var portal) &&
                string.Equals(page.Authority, portal.Authority, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The body, or null past <see cref="MaxMessageBytes"/> (a chunked body has no Content-Length).</summary>
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxMessageBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static bool IsSigned(HttpRequest request, string token) =>
        WeChatServerSignature.IsValid(token, request.Query["signature"], request.Query["timestamp"], request.Query["nonce"]);

    private static IResult Forbidden() => Results.Text("签名无效", statusCode: StatusCodes.Status403Forbidden);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex OpenIdShape();

    [LoggerMessage(LogLevel.Warning, "WeChat callback with a bad signature from {RemoteIp}")]
    private static partial void LogBadSignature(ILogger logger, string? remoteIp);
}
