using System.Net;
using System.Web;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChat;

namespace CellCrm.Portal.Tests.WeChat;

/// <summary>Portal sign-in through the real WeChat client against the fake WeChat server: the authorize redirect
/// carries a state bound to the session, the callback exchanges the code once and signs the visitor in.</summary>
public class WeChatOAuthSignInTests(WeChatPortalFactory app) : IClassFixture<WeChatPortalFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SignIn_ThroughTheAuthorizeRedirect_AndTheCallback_ReachesTheRequestedPage_TheCodeWorksOnce()
    {
        var browser = app.CreateBrowser();
        var begin = await browser.GetAsync("/SignIn?ReturnUrl=%2FRealName");
        Assert.Equal(HttpStatusCode.Redirect, begin.StatusCode);
        var authorize = begin.Headers.Location!;
        Assert.StartsWith("https://open.weixin.qq.com/connect/oauth2/authorize", authorize.ToString());
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal(FakeWeChatServer.AppId, query["appid"]);
        var state = query["state"]!;

        var code = app.WeChat.IssueCode("o-portal-visitor");
        var callback = await browser.GetAsync($"/signin/wechat/callback?code={code}&state={state}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/RealName", callback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        // The same code (and state) again, from another visitor: refused, nobody signed in.
        var other = app.CreateBrowser();
        var replay = await other.GetAsync($"/signin/wechat/callback?code={code}&state={state}");
        Assert.NotEqual("/RealName", replay.Headers.Location?.OriginalString);
        var home = await other.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/SignIn", home.Headers.Location!.ToString());
    }
}
