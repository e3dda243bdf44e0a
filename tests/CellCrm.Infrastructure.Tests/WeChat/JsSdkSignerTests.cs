using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;

namespace CellCrm.Infrastructure.Tests.WeChat;

public sealed class JsSdkSignerTests : IAsyncLifetime
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
    public void Sign_MatchesTheWorkedExampleOfTheJsSdkDocumentation()
    {
        // The example of WeChat's JS-SDK documentation (附录1 签名算法).
        var signature = JsSdkSigner.Sign(
            "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
            "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com?params=value");

        Assert.Equal("0f9de62fce790f9a083d5c99e95740ceb90c27ed", signature);
    }

    [Fact]
    public async Task CreateConfig_SignsThePageWithoutItsFragment_WithTheCachedTicket()
    {
        var signer = _node.Get<JsSdkSigner>();

        var first = await signer.CreateConfigAsync(new Uri("https://portal.cellcrm.test/tasks/7?from=msg#top"), CancellationToken.None);
        var second = await signer.CreateConfigAsync(new Uri("https://portal.cellcrm.test/"), CancellationToken.None);

        Assert.Equal(FakeWeChatServer.AppId, first.AppId);
        Assert.Equal("https://portal.cellcrm.test/tasks/7?from=msg", first.Url);
        Assert.Equal(JsSdkSigner.Sign(_weChat.Ticket, first.NonceStr, first.Timestamp, first.Url), first.Signature);
        Assert.InRange(first.Timestamp, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        Assert.NotEqual(first.NonceStr, second.NonceStr);
        Assert.Equal(JsSdkSigner.Sign(_weChat.Ticket, second.NonceStr, second.Timestamp, "https://portal.cellcrm.test/"), second.Signature);
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.TicketPath));
        Assert.Equal(1, _weChat.Calls(FakeWeChatServer.StableTokenPath));
    }

    [Fact]
    public async Task CreateConfig_WhenTheTicketCallSaysTheTokenExpired_RefreshesTheToken()
    {
        await _node.Get<WeChatAccessTokens>().GetAsync(CancellationToken.None);
        _weChat.ExpireTokens();

        var config = await _node.Get<JsSdkSigner>().CreateConfigAsync(new Uri("https://portal.cellcrm.test/"), CancellationToken.None);

        Assert.Equal(JsSdkSigner.Sign(_weChat.Ticket, config.NonceStr, config.Timestamp, config.Url), config.Signature);
        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.StableTokenPath));
        Assert.Equal(2, _weChat.Calls(FakeWeChatServer.TicketPath));
    }
}
