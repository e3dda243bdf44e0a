using System.Net;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.RealName;

[Collection(RealNameCollection.Name)]
public class SignInTests(RealNameApps apps) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("/")]
    [InlineData("/RealName")]
    [InlineData("/RealName/Manual")]
    [InlineData("/no-such-page")]
    public async Task Portal_WithoutSignIn_RedirectsToSignIn(string url)
    {
        var response = await apps.Portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/SignIn?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task SignInPage_HealthAndStaticFiles_NeedNoSignIn()
    {
        var client = apps.Portal.CreateBrowser();
        var signInPage = await client.GetAsync("/SignIn");
        Assert.True(signInPage.StatusCode == HttpStatusCode.OK, signInPage.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/portal.css")).StatusCode);
    }

    [Fact]
    public async Task SandboxSignIn_ListsTheDemoCustomersOpenIds_ClearlyMarked()
    {
        var text = await apps.Portal.CreateBrowser().TextAsync("/SignIn");

        Assert.Contains("沙箱登录", text);
        Assert.Contains("沙箱环境", text);
        Assert.Contains("sandbox-openid-1", text);
        Assert.Contains("张晓梅", text);
        Assert.Contains("新访客", text);
    }

    [Fact]
    public async Task SandboxSignIn_AsDemoCustomer_ShowsHomeWithUnverifiedState()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");

        var text = await client.TextAsync("/");
        Assert.Contains("实名状态", text);
        Assert.Contains("未实名", text);
        Assert.Contains("去认证", text);
        // Demo customers are not verified until they go through real-name verification.
        Assert.False(await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.AnyAsync(c => c.WeChatOpenId != null)));
    }

    [Fact]
    public async Task SandboxSignIn_AsNewVisitor_GetsAFreshOpenId()
    {
        var client = await apps.SignInAsync("new");
        Assert.Contains("未实名", await client.TextAsync("/"));
    }

    [Fact]
    public async Task SandboxSignIn_WithAnOpenIdNotInTheSandbox_IsRefused()
    {
        var client = apps.Portal.CreateBrowser();
        var response = await client.SubmitAsync("/SignIn", [new("openId", "oABCDEFG-real-user")], "/SignIn?handler=Sandbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请选择一个沙箱微信用户", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAForeignReturnUrl_StaysOnThePortal()
    {
        var client = apps.Portal.CreateBrowser();
        var response = await client.SubmitAsync("/SignIn?ReturnUrl=%2F%2Fevil.example", [new("openId", "sandbox-openid-2"), new("ReturnUrl", "//evil.example")],
            "/SignIn?handler=Sandbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
