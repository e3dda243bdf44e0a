using System.Net;
using System.Text.Json;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.WeChat;

public class JsSdkConfigEndpointTests(WeChatPortalFactory app) : IClassFixture<WeChatPortalFactory>
{
    [Fact]
    public async Task Config_ForAPortalPage_IsSignedWithTheTicket()
    {
        var page = "https://localhost/tasks/7?from=msg#section";

        var response = await app.CreateBrowser().GetAsync("/wechat/jssdk-config?url=" + Uri.EscapeDataString(page));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal(FakeWeChatServer.AppId, json.GetProperty("appId").GetString());
        var nonce = json.GetProperty("nonceStr").GetString()!;
        var timestamp = json.GetProperty("timestamp").GetInt64();
        Assert.Equal("https://localhost/tasks/7?from=msg", json.GetProperty("url").GetString());
        Assert.Equal(JsSdkSigner.Sign(app.WeChat.Ticket, nonce, timestamp, "https://localhost/tasks/7?from=msg"), json.GetProperty("signature").GetString());
        Assert.Empty(app.WeChat.Violations);
    }

    [Fact]
    public async Task Config_ForTheConfiguredPortalAddress_IsSigned()
    {
        var response = await app.CreateBrowser().GetAsync("/wechat/jssdk-config?url=" + Uri.EscapeDataString(WeChatPortalFactory.PortalBaseUrl + "contracts"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example.com/page")]
    [InlineData("https://localhost.evil.example.com/")]
    [InlineData("https://localhost:8443/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/tasks/7")]
    [InlineData("")]
    public async Task Config_ForAnotherSiteOrNoUrl_Is400_InChinese(string url)
    {
        var response = await app.CreateBrowser().GetAsync("/wechat/jssdk-config?url=" + Uri.EscapeDataString(url));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(json.TryGetProperty("signature", out _));
        Assert.Matches("页面|本平台", json.GetProperty("error").GetString()!);
    }

    [Fact]
    public void TemplateSender_WithAnAccount_IsTheWeChatOne()
    {
        Assert.IsType<WeChatTemplateMessageSender>(app.Services.GetRequiredService<ITemplateMessageSender>());
    }
}
