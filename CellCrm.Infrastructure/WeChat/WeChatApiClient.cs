using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>The typed HTTP client of the Official Account API (<see cref="WeChatOptions.BaseUrl"/>). It returns the
/// answer with its <c>errcode</c>; callers decide what an error means. Network failures and non-2xx statuses throw
/// (<see cref="HttpRequestException"/>, timeouts). Only GETs marked retryable are retried by the HTTP pipeline
/// (see <see cref="WeChatSetup"/>): a POST may already have had its effect.</summary>
public sealed class WeChatApiClient(HttpClient http, IOptions<WeChatOptions> options)
{
    /// <summary>Marks a GET that must not be repeated (the OAuth code exchange spends a single-use code).</summary>
    public static readonly HttpRequestOptionsKey<bool> NoRetry = new("CellCrm.WeChat.NoRetry");

    // Chinese template values go out as UTF-8 text rather than \u escapes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private WeChatOptions Options => options.Value;

    /// <summary>POST /cgi-bin/stable_token: the same token until it nears expiry; <paramref name="forceRefresh"/>
    /// issues a new one (rate-limited by WeChat, so only after the current one was refused).</summary>
    public Task<WeChatTokenResponse> GetStableTokenAsync(bool forceRefresh, CancellationToken ct) =>
        SendAsync<WeChatTokenResponse>(new HttpRequestMessage(HttpMethod.Post, "cgi-bin/stable_token")
        {
            Content = JsonContent.Create<object>(new Dictionary<string, object?>
            {
                ["grant_type"] = "client_credential",
                ["appid"] = Options.AppId,
                ["secret"] = Options.AppSecret,
                ["force_refresh"] = forceRefresh,
            }, options: Json),
        }, ct);

    public Task<WeChatTicketResponse> GetJsApiTicketAsync(string accessToken, CancellationToken ct) =>
        SendAsync<WeChatTicketResponse>(new HttpRequestMessage(HttpMethod.Get,
            $"cgi-bin/ticket/getticket?access_token={Uri.EscapeDataString(accessToken)}&type=jsapi"), ct);

    public Task<WeChatTemplateSendResponse> SendTemplateAsync(string accessToken, object body, CancellationToken ct) =>
        SendAsync<WeChatTemplateSendResponse>(new HttpRequestMessage(HttpMethod.Post,
            $"cgi-bin/message/template/send?access_token={Uri.EscapeDataString(accessToken)}")
        {
            Content = JsonContent.Create(body, options: Json),
        }, ct);

    public Task<WeChatOAuthTokenResponse> ExchangeOAuthCodeAsync(string code, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get,
            $"sns/oauth2/access_token?appid={Uri.EscapeDataString(Options.AppId ?? "")}&secret={Uri.EscapeDataString(Options.AppSecret ?? "")}" +
            $"&code={Uri.EscapeDataString(code)}&grant_type=authorization_code");
        request.Options.Set(NoRetry, true);
        return SendAsync<WeChatOAuthTokenResponse>(request, ct);
    }

    public Task<WeChatUserInfoResponse> GetUserInfoAsync(string webAccessToken, string openId, CancellationToken ct) =>
        SendAsync<WeChatUserInfoResponse>(new HttpRequestMessage(HttpMethod.Get,
            $"sns/userinfo?access_token={Uri.EscapeDataString(webAccessToken)}&openid={Uri.EscapeDataString(openId)}&lang=zh_CN"), ct);

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
        where T : WeChatResponse
    {
        using (request)
        {
            using var response = await http.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<T>(ct)
                ?? throw new HttpRequestException("WeChat answered an empty body.");
        }
    }
}
