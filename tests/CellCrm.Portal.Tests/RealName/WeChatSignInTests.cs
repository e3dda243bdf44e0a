using System.Collections.Concurrent;
using System.Net;
using System.Web;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.RealName;

/// <summary>Sign-in when WeChat is configured: the portal hands over to the OAuth client and trusts only what it
/// returns. The client itself is the WeChat area's; here a stand-in keeps its contract (state bound to the
/// session and used once, a code exchanged once).</summary>
public class WeChatSignInTests(WeChatSignInTests.Factory app) : IClassFixture<WeChatSignInTests.Factory>
{
    [Fact]
    public async Task SignIn_RedirectsToTheWeChatAuthorizeUrl_WithOurCallback()
    {
        var response = await app.CreateBrowser().GetAsync("/SignIn?ReturnUrl=%2FRealName");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("https://open.weixin.qq.com/connect/oauth2/authorize", location.ToString());
        Assert.Equal("https://localhost/signin/wechat/callback", HttpUtility.ParseQueryString(location.Query)["redirect_uri"]);
    }

    [Fact]
    public async Task Callback_WithTheSessionsStateAndAFreshCode_SignsIn_AndReturnsToTheRequestedPage()
    {
        var client = app.CreateBrowser();
        var state = await BeginAsync(client);

        var back = await client.GetAsync($"/signin/wechat/callback?code=code-1&state={state}");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/RealName", back.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/RealName")).StatusCode);
    }

    [Fact]
    public async Task Callback_WithAForgedState_ShowsAChinesePage_AndSignsNobodyIn()
    {
        var client = app.CreateBrowser();
        await BeginAsync(client);

        var back = await client.GetAsync("/signin/wechat/callback?code=code-2&state=forged");

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("微信授权失败", Forms.VisibleText(await back.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Callback_Replayed_IsRefused()
    {
        var client = app.CreateBrowser();
        var state = await BeginAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/signin/wechat/callback?code=code-3&state={state}")).StatusCode);

        var stranger = app.CreateBrowser();
        var replay = await stranger.GetAsync($"/signin/wechat/callback?code=code-3&state={state}");
        Assert.Contains("微信授权失败", Forms.VisibleText(await replay.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SandboxSignIn_IsClosed_WhenWeChatIsConfigured()
    {
        // A valid antiforgery token needs a page with a form: sign in through WeChat first, then try to switch
        // to a demo customer through the sandbox handler.
        var client = app.CreateBrowser();
        var state = await BeginAsync(client);
        await client.GetAsync($"/signin/wechat/callback?code=code-4&state={state}");
        var token = Forms.AntiforgeryToken(await client.GetStringAsync("/RealName"));

        var response = await client.PostFormAsync("/SignIn?handler=Sandbox", token, [new("openId", "sandbox-openid-1")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SandboxSmsAndFacePages_AreNotOffered_WhenWeChatIsConfigured()
    {
        var client = app.CreateBrowser();
        var state = await BeginAsync(client);
        await client.GetAsync($"/signin/wechat/callback?code=code-5&state={state}");

        var sent = await client.SubmitAsync("/RealName", [new("Input.Mobile", "13912345678")], "/RealName?handler=SendCode");
        var text = Forms.VisibleText(await sent.Content.ReadAsStringAsync());

        Assert.Contains("验证码已发送", text);
        Assert.DoesNotContain("沙箱短信", text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Sandbox/Face?requestId=sbx-0")).StatusCode);
    }

    private static async Task<string> BeginAsync(HttpClient client)
    {
        var response = await client.GetAsync("/SignIn?ReturnUrl=%2FRealName");
        return HttpUtility.ParseQueryString(response.Headers.Location!.Query)["state"]!;
    }

    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["WeChat:AppId"] = "wx0123456789abcdef", ["WeChat:AppSecret"] = "stand-in-secret" };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IWeChatOAuth, SessionBoundOAuth>();
    }

    private sealed class SessionBoundOAuth : IWeChatOAuth
    {
        private const string StateKey = "test.oauth.state";
        private readonly ConcurrentDictionary<string, bool> _usedCodes = new();

        public string BeginAuthorization(ISession session, string redirectUri, bool userInfo)
        {
            var state = Guid.NewGuid().ToString("N");
            session.SetString(StateKey, state);
            return $"https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx0123456789abcdef&redirect_uri={Uri.EscapeDataString(redirectUri)}"
                + $"&response_type=code&scope={(userInfo ? "snsapi_userinfo" : "snsapi_base")}&state={state}#wechat_redirect";
        }

        public Task<WeChatOAuthResult> CompleteAsync(ISession session, string code, string state, CancellationToken ct)
        {
            var expected = session.GetString(StateKey);
            session.Remove(StateKey);
            if (expected is null || expected != state)
            {
                return Task.FromResult(new WeChatOAuthResult(false, null, null, "state mismatch"));
            }

            return Task.FromResult(_usedCodes.TryAdd(code, true)
                ? new WeChatOAuthResult(true, "o-" + code, null, null)
                : new WeChatOAuthResult(false, null, null, "code used"));
        }
    }
}
