using System.Net;
using CellCrm.Domain.Messaging;
using CellCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.WeChat;

/// <summary>The embedded default has no Official Account: the WeChat endpoints say so, and no template sender of the
/// real account is registered (the sandbox stands in).</summary>
public class WeChatNotConfiguredTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Endpoints_WithoutAnAccount_Are404()
    {
        var callback = await app.CreateBrowser().GetAsync("/wechat/callback?signature=a&timestamp=1&nonce=2&echostr=3");
        var jsSdk = await app.CreateBrowser().GetAsync("/wechat/jssdk-config?url=" + Uri.EscapeDataString("https://localhost/"));

        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, jsSdk.StatusCode);
        Assert.Contains("公众号未配置", await jsSdk.Content.ReadAsStringAsync());
    }

    [Fact]
    public void TemplateSender_WithoutAnAccount_IsNotTheWeChatOne()
    {
        var sender = app.Services.GetService<ITemplateMessageSender>();

        Assert.False(sender is Infrastructure.WeChat.WeChatTemplateMessageSender);
    }
}
