using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;

namespace CellCrm.Infrastructure.Tests.WeChat;

/// <summary>The HTTP pipeline repeats a call only when repeating it cannot do anything twice.</summary>
public sealed class HttpRetryTests : IAsyncLifetime
{
    private FakeWeChatServer _weChat = null!;
    private WeChatNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _weChat = await FakeWeChatServer.StartAsync();
        _node = new WeChatNode(_weChat, WeChatNode.NewPrefix());
    }

    public async ValueTask DisposeAsync()
    {
        Assert.Empty(_weChat.Violations);
        await _node.DisposeAsync();
        await _weChat.DisposeAsync();
    }

    [Fact]
    public async Task TicketGet_AfterA503_IsRetried()
    {
        _weChat.FailNextHttp(FakeWeChatServer.TicketPath, 1);

        var ticket = await _node.Get<WeChatJsApiTickets>().GetAsync(CancellationToken.None);

        Assert.Equal(_weChat.Ticket, ticket);
        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.TicketPath));
    }

    [Fact]
    public async Task TemplateSendPost_AfterA503_IsNotRetried()
    {
        _weChat.FailNextHttp(FakeWeChatServer.TemplateSendPath, 1);

        var result = await _node.Get<ITemplateMessageSender>().SendAsync(
            new TemplateMessage("oCustomer-503", WeChatNode.ExamReminder, new Dictionary<string, string> { ["Title"] = "体检提醒", ["Due"] = "明天" }, null, Guid.NewGuid().ToString("N")),
            CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.TransientFailure, result.Outcome);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.TemplateSendPath));
        Assert.Empty(_weChat.TemplateMessages);
    }

    [Fact]
    public async Task OAuthCodeExchange_AfterA503_IsNotRetried()
    {
        var session = new TestSession();
        var oauth = _node.Get<IWeChatOAuth>();
        var url = oauth.BeginAuthorization(session, "https://portal.cellcrm.test/signin/wechat/callback", userInfo: false);
        var state = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["state"]!;
        _weChat.FailNextHttp(FakeWeChatServer.OAuthTokenPath, 1);

        var result = await oauth.CompleteAsync(session, _weChat.IssueCode("oUser-503"), state, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("微信暂时无法响应，请稍后重试", result.Error);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.OAuthTokenPath));
    }
}
