using System.Text.Json;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;

namespace CellCrm.Infrastructure.Tests.WeChat;

/// <summary>The access_token is fetched once for every node of an installation and kept in Redis (WECHAT.md A2).</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private readonly string _prefix = WeChatNode.NewPrefix();
    private FakeWeChatServer _weChat = null!;

    public async ValueTask InitializeAsync() => _weChat = await FakeWeChatServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        Assert.Empty(_weChat.Violations);
        await _weChat.DisposeAsync();
    }

    [Fact]
    public async Task GetAsync_Twice_AndOnAnotherNode_CallsWeChatOnce()
    {
        await using var nodeA = new WeChatNode(_weChat, _prefix);
        await using var nodeB = new WeChatNode(_weChat, _prefix);

        var first = await nodeA.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        var again = await nodeA.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        var onB = await nodeB.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);

        Assert.Equal(_weChat.IssuedTokens.Single(), first);
        Assert.Equal(first, again);
        Assert.Equal(first, onB);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.StableTokenPath));
    }

    [Fact]
    public async Task GetAsync_ConcurrentlyOnTwoNodes_RefreshesOnce()
    {
        await using var nodeA = new WeChatNode(_weChat, _prefix);
        await using var nodeB = new WeChatNode(_weChat, _prefix);
        _weChat.TokenDelay = TimeSpan.FromMilliseconds(500);

        var calls = Enumerable.Range(0, 16)
            .Select(i => (i % 2 == 0 ? nodeA : nodeB).Get<WeChatAccessTokens>().GetAsync(CancellationToken.None));
        var tokens = await Task.WhenAll(calls);

        Assert.Single(tokens.Distinct());
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.StableTokenPath));
    }

    [Fact]
    public async Task GetAsync_OnAnotherInstallation_DoesNotShareTheToken()
    {
        await using var ours = new WeChatNode(_weChat, _prefix);
        await using var other = new WeChatNode(_weChat, WeChatNode.NewPrefix());

        await ours.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        await other.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);

        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.StableTokenPath));
    }

    [Fact]
    public async Task GetAsync_TokenNearExpiry_IsFetchedAgain()
    {
        await using var node = new WeChatNode(_weChat, _prefix);
        // Less than the refresh margin left: not worth using for a call.
        _weChat.TokenExpiresIn = (int)SharedCredentialCache.RefreshMargin.TotalSeconds - 30;

        await node.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        await node.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);

        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.StableTokenPath));
    }

    [Fact]
    public async Task Send_WhenTheTokenWasInvalidated_RefreshesOnce_AndRetries()
    {
        await using var node = new WeChatNode(_weChat, _prefix);
        var stale = await node.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        _weChat.ExpireTokens();

        var result = await node.Get<ITemplateMessageSender>().SendAsync(ExamReminder("oOpenId-retry"), CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.Sent, result.Outcome);
        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.StableTokenPath));
        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.TemplateSendPath));
        var fresh = await node.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        Assert.NotEqual(stale, fresh);
        Assert.Equal(_weChat.IssuedTokens[^1], fresh);
    }

    [Fact]
    public async Task Send_TokenRefusedOnTwoNodesAtOnce_ReplacesItOnce()
    {
        await using var nodeA = new WeChatNode(_weChat, _prefix);
        await using var nodeB = new WeChatNode(_weChat, _prefix);
        await nodeA.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        _weChat.ExpireTokens();

        var results = await Task.WhenAll(
            nodeA.Get<ITemplateMessageSender>().SendAsync(ExamReminder("oOpenId-a"), CancellationToken.None),
            nodeB.Get<ITemplateMessageSender>().SendAsync(ExamReminder("oOpenId-b"), CancellationToken.None));

        Assert.All(results, r => Assert.Equal(TemplateSendOutcome.Sent, r.Outcome));
        // The first fetch and one replacement: the second node found the replacement already there.
        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.StableTokenPath));
        Assert.Equal(["oOpenId-a", "oOpenId-b"], _weChat.TemplateMessages.Select(m => m.GetProperty("touser").GetString()).Order());
    }

    [Fact]
    public async Task Send_TokenStillRefusedAfterTheRetry_IsTransient_AndNotRetriedAgain()
    {
        await using var node = new WeChatNode(_weChat, _prefix);
        await node.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        _weChat.ExpireTokens();
        _weChat.FailNextTemplateSends(40001);

        var result = await node.Get<ITemplateMessageSender>().SendAsync(ExamReminder("oOpenId-x"), CancellationToken.None);

        Assert.Equal(TemplateSendOutcome.TransientFailure, result.Outcome);
        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.TemplateSendPath));
    }

    [Fact]
    public async Task StableTokenRequest_CarriesTheAccountCredentials()
    {
        await using var node = new WeChatNode(_weChat, _prefix);

        await node.Get<WeChatApiClient>().GetStableTokenAsync(forceRefresh: false, CancellationToken.None);
        var forced = await node.Get<WeChatApiClient>().GetStableTokenAsync(forceRefresh: true, CancellationToken.None);

        // The fake checks grant_type, appid, secret and force_refresh (a violation fails DisposeAsync).
        Assert.Equal(0, forced.ErrCode);
        Assert.Equal(2, _weChat.IssuedTokens.Count);
        Assert.Equal(_weChat.IssuedTokens[1], forced.AccessToken);
    }

    private static TemplateMessage ExamReminder(string openId) =>
        new(openId, WeChatNode.ExamReminder, new Dictionary<string, string> { ["Title"] = "体检提醒", ["Due"] = "2026-12-01 09:00" }, null, Guid.NewGuid().ToString("N"));
}
