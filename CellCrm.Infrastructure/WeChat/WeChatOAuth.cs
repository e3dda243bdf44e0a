using System.Security.Cryptography;
using System.Text;
using CellCrm.Infrastructure.Redis;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>网页授权 (WECHAT.md A3). The state is 256 random bits kept in the visitor's session, compared in constant
/// time and removed on first use, so a forged or replayed state fails. A code is claimed in the distributed store
/// before it goes to WeChat, so a second use is refused here without reaching WeChat (WeChat would refuse it too,
/// but a replay must not even look like a fresh attempt).</summary>
public sealed partial class WeChatOAuth(
    WeChatApiClient api,
    IDistributedLock locks,
    IOptions<WeChatOptions> options,
    ILogger<WeChatOAuth> logger) : IWeChatOAuth
{
    public const string StateSessionKey = "wechat:oauth:state";

    /// <summary>A code lives 5 minutes at WeChat; remembering it twice as long covers clock skew.</summary>
    private static readonly TimeSpan CodeMemory = TimeSpan.FromMinutes(10);

    private const int MaxCodeLength = 128;

    public string BeginAuthorization(ISession session, string redirectUri, bool userInfo)
    {
        var state = Base64Url(RandomNumberGenerator.GetBytes(32));
        session.SetString(StateSessionKey, state);
        var o = options.Value;
        // WeChat requires the parameters in this order and the #wechat_redirect suffix.
        return $"{o.OpenBaseUrl.TrimEnd('/')}/connect/oauth2/authorize?appid={Uri.EscapeDataString(o.AppId ?? "")}" +
               $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&response_type=code" +
               $"&scope={(userInfo ? "snsapi_userinfo" : "snsapi_base")}&state={state}#wechat_redirect";
    }

    public async Task<WeChatOAuthResult> CompleteAsync(ISession session, string code, string state, CancellationToken ct)
    {
        var expected = session.GetString(StateSessionKey);
        session.Remove(StateSessionKey);
        if (expected is null || string.IsNullOrEmpty(state) ||
            !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(state)))
        {
            LogStateRefused(logger);
            return Fail("授权已失效，请重新进入页面");
        }

        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
        {
            return Fail("微信授权失败，请重新进入页面");
        }

        // Claimed for good (never released): the lock's expiry is how long the code is remembered.
        var claim = await locks.TryAcquireAsync("wechat:oauth-code:" + Hash(code), CodeMemory, TimeSpan.Zero, ct);
        if (claim is null)
        {
            LogCodeReplayed(logger);
            return Fail("该授权已使用，请重新进入页面");
        }

        WeChatOAuthTokenResponse token;
        try
        {
            token = await api.ExchangeOAuthCodeAsync(code, ct);
        }
        catch (Exception e) when (WeChatFailures.IsNetwork(e, ct))
        {
            LogExchangeFailed(logger, -1, e.GetType().Name);
            return Fail("微信暂时无法响应，请稍后重试");
        }

        if (token.ErrCode != WeChatErrorCodes.Ok || string.IsNullOrEmpty(token.OpenId) || string.IsNullOrEmpty(token.AccessToken))
        {
            LogExchangeFailed(logger, token.ErrCode, token.ErrMsg);
            return Fail("微信授权失败，请重新进入页面");
        }

        if (token.IsSnapshotUser == 1)
        {
            // A "snapshot page" visitor has no real openid until the full page is opened.
            return Fail("请点击页面下方的“使用完整服务”后再登录");
        }

        string? nickname = null;
        if (token.Scope?.Contains("snsapi_userinfo", StringComparison.Ordinal) == true)
        {
            // The profile is a nicety: sign-in goes on without it.
            try
            {
                var profile = await api.GetUserInfoAsync(token.AccessToken, token.OpenId, ct);
                nickname = profile.ErrCode == WeChatErrorCodes.Ok ? profile.Nickname : null;
            }
            catch (Exception e) when (WeChatFailures.IsNetwork(e, ct))
            {
                LogExchangeFailed(logger, -1, "userinfo: " + e.GetType().Name);
            }
        }

        return new WeChatOAuthResult(true, token.OpenId, nickname, null);
    }

    private static WeChatOAuthResult Fail(string error) => new(false, null, null, error);

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(LogLevel.Warning, "WeChat OAuth: state missing or not the session's (forged or replayed)")]
    private static partial void LogStateRefused(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "WeChat OAuth: code used a second time, refused without calling WeChat")]
    private static partial void LogCodeReplayed(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "WeChat OAuth: code exchange failed, errcode {ErrCode} {ErrMsg}")]
    private static partial void LogExchangeFailed(ILogger logger, int errCode, string? errMsg);
}
