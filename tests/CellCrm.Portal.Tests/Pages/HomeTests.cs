using System.Net;
using CellCrm.Testing;

namespace CellCrm.Portal.Tests.Pages;

public class HomeTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_RendersTheWeUiPortal_InChinese()
    {
        var client = await SignInAsync();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/lib/weui/weui.min.css", html);
        Assert.Contains("width=device-width", html);
        Assert.Contains("签约及查询", Forms.VisibleText(html));
    }

    [Fact]
    public async Task WeUiStylesheet_IsServedFromTheNpmRestore()
    {
        var response = await app.CreateBrowser().GetAsync("/lib/weui/weui.min.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".weui-btn", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_ReportsDatabaseAndRedis()
    {
        var body = await app.CreateBrowser().GetStringAsync("/healthz");
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Contains("\"redis\":{\"status\":\"Healthy\",\"detail\":\"ping", body);
    }

    [Fact]
    public async Task UnknownPage_ShowsTheChineseNotFoundPage_WithoutDetails()
    {
        var client = await SignInAsync();
        var response = await client.GetAsync("/no-such-page");
        var text = Forms.VisibleText(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", text);
        Assert.DoesNotContain("Exception", text);
    }

    private async Task<HttpClient> SignInAsync()
    {
        var client = app.CreateBrowser();
        var response = await client.SubmitAsync("/SignIn", [new("openId", "new")], "/SignIn?handler=Sandbox");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
