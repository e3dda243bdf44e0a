namespace CellCrm.Testing.Fakes.WeChat;

/// <summary>The portal with its Official Account configured against a <see cref="FakeWeChatServer"/>.</summary>
public class WeChatPortalFactory : PortalFactory
{
    public const string ServerToken = "cellcrm-callback-token";
    public const string PortalBaseUrl = "https://portal.cellcrm.test/";

    public FakeWeChatServer WeChat { get; private set; } = null!;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["WeChat:AppId"] = FakeWeChatServer.AppId,
        ["WeChat:AppSecret"] = FakeWeChatServer.AppSecret,
        ["WeChat:Token"] = ServerToken,
        ["WeChat:BaseUrl"] = WeChat.BaseUrl,
        ["WeChat:PortalBaseUrl"] = PortalBaseUrl,
    };

    public override async ValueTask InitializeAsync()
    {
        WeChat = await FakeWeChatServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await WeChat.DisposeAsync();
    }
}
