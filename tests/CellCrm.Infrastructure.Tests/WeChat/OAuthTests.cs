using System.Web;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;
using Microsoft.AspNetCore.Http;

namespace CellCrm.Infrastructure.Tests.WeChat;

/// <summary>网页授权: the state is bound to the session and used once; a code is exchanged once (WECHAT.md A3).</summary>
public sealed class OAuthTests : IAsyncLifetime
{
    private const string Callback = "https://portal.cellcrm.test/signin/wechat/callback?returnUrl=/tasks";

    private readonly string _prefix = WeChatNode.NewPrefix();
    private FakeWeChatServer _weChat = null!;
    private WeChatNode _node = null!;

    private IWeChatOAuth OAuth => _node.Get<IWeChatOAuth>();

    public async ValueTask InitializeAsync()
    {
        _weChat = await FakeWeChatServer.StartAsync();
        _node = new WeChatNode(_weChat, _prefix);
    }

    public async ValueTask DisposeAsync()
    {
        Assert.Empty(_weChat.Violations);
        await _node.DisposeAsync();
        await _weChat.DisposeAsync();
    }

    [Theory]
    [InlineData(false, "snsapi_base")]
    [InlineData(true, "snsapi_userinfo")]
    public void BeginAuthorization_BuildsTheAuthorizeUrl_AndKeepsTheStateInTheSession(bool userInfo, string scope)
    {
        var session = new TestSession();

        var url = OAuth.BeginAuthorization(session, Callback, userInfo);

        Assert.StartsWith("https://open.weixin.qq.com/connect/oauth2/authorize?appid=" + FakeWeChatServer.AppId + "&redirect_uri=", url);
        Assert.EndsWith("#wechat_redirect", url);
        var query = HttpUtility.ParseQueryString(new Uri(url).Query);
        Assert.Equal(Callback, query["redirect_uri"]);
        Assert.Contains("redirect_uri=https%3A%2F%2Fportal.cellcrm.test%2Fsignin%2Fwechat%2Fcallback%3FreturnUrl%3D%2Ftasks", url);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(scope, query["scope"]);
        var state = query["state"]!;
        Assert.InRange(state.Length, 32, 128);
        Assert.Equal(state, session.GetString(WeChatOAuth.StateSessionKey));
        Assert.NotEqual(state, HttpUtility.ParseQueryString(new Uri(OAuth.BeginAuthorization(new TestSession(), Callback, userInfo)).Query)["state"]);
    }

    [Fact]
    public async Task Complete_WithTheSessionsState_ReturnsTheOpenId_AndForgetsTheState()
    {
        var session = new TestSession();
        var state = StateOf(OAuth.BeginAuthorization(session, Callback, userInfo: false));
        var code = _weChat.IssueCode("oUser-base-0001");

        var result = await OAuth.CompleteAsync(session, code, state, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("oUser-base-0001", result.OpenId);
        Assert.Null(result.Nickname);
        Assert.Null(session.GetString(WeChatOAuth.StateSessionKey));
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.OAuthTokenPath));
        Assert.Equal(0, _weChat.Calls(FakeWeChatServer.UserInfoPath));
    }

    [Fact]
    public async Task Complete_WithUserInfoScope_ReadsTheNickname()
    {
        var session = new TestSession();
        var state = StateOf(OAuth.BeginAuthorization(session, Callback, userInfo: true));
        var code = _weChat.IssueCode("oUser-info-4321", userInfo: true);

        var result = await OAuth.CompleteAsync(session, code, state, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("微信用户4321", result.Nickname);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.UserInfoPath));
    }

    [Fact]
    public async Task Complete_WithAForgedState_IsRefused_WithoutCallingWeChat()
    {
        var session = new TestSession();
        var state = StateOf(OAuth.BeginAuthorization(session, Callback, userInfo: false));
        var code = _weChat.IssueCode("oUser-victim");

        var forged = await OAuth.CompleteAsync(session, code, state[..^1] + (state[^1] == 'A' ? 'B' : 'A'), CancellationToken.None);
        var noSession = await OAuth.CompleteAsync(new TestSession(), code, state, CancellationToken.None);

        Assert.False(forged.Succeeded);
        Assert.Equal("授权已失效，请重新进入页面", forged.Error);
        Assert.False(noSession.Succeeded);
        Assert.Null(forged.OpenId);
        Assert.Equal(0, _weChat.Calls(FakeWeChatServer.OAuthTokenPath));
    }

    [Fact]
    public async Task Complete_WithAStateUsedBefore_IsRefused()
    {
        var session = new TestSession();
        var state = StateOf(OAuth.BeginAuthorization(session, Callback, userInfo: false));
        Assert.True((await OAuth.CompleteAsync(session, _weChat.IssueCode("oUser-1"), state, CancellationToken.None)).Succeeded);

        var again = await OAuth.CompleteAsync(session, _weChat.IssueCode("oUser-1"), state, CancellationToken.None);

        Assert.False(again.Succeeded);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.OAuthTokenPath));
    }

    [Fact]
    public async Task Complete_WithACodeUsedBefore_IsRefused_WithoutCallingWeChat()
    {
        var code = _weChat.IssueCode("oUser-replay");
        var first = new TestSession();
        Assert.True((await OAuth.CompleteAsync(first, code, StateOf(OAuth.BeginAuthorization(first, Callback, false)), CancellationToken.None)).Succeeded);

        // The replay comes with a valid state of its own, even on another node of the installation.
        await using var otherNode = new WeChatNode(_weChat, _prefix);
        var second = new TestSession();
        var otherOAuth = otherNode.Get<IWeChatOAuth>();
        var replay = await otherOAuth.CompleteAsync(second, code, StateOf(otherOAuth.BeginAuthorization(second, Callback, false)), CancellationToken.None);

        Assert.False(replay.Succeeded);
        Assert.Equal("该授权已使用，请重新进入页面", replay.Error);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.OAuthTokenPath));
    }

    [Fact]
    public async Task Complete_WithACodeWeChatRejects_Fails()
    {
        var session = new TestSession();
        var state = StateOf(OAuth.BeginAuthorization(session, Callback, userInfo: false));

        var result = await OAuth.CompleteAsync(session, "code-never-issued", state, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("微信授权失败，请重新进入页面", result.Error);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.OAuthTokenPath));
    }

    private static string StateOf(string authorizeUrl) => HttpUtility.ParseQueryString(new Uri(authorizeUrl).Query)["state"]!;
}
