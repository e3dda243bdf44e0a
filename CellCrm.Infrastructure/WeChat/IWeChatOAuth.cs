using Microsoft.AspNetCore.Http;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>Web authorization (网页授权) for the portal: the state is bound to the visitor's session and used once;
/// a code is exchanged once.</summary>
public interface IWeChatOAuth
{
    /// <summary>The open.weixin.qq.com authorize URL to redirect to; stores a fresh state in the session.</summary>
    string BeginAuthorization(ISession session, string redirectUri, bool userInfo);

    /// <summary>Checks the state against the session (and forgets it), exchanges the code, returns the openid.</summary>
    Task<WeChatOAuthResult> CompleteAsync(ISession session, string code, string state, CancellationToken ct);
}

public sealed record WeChatOAuthResult(bool Succeeded, string? OpenId, string? Nickname, string? Error);
