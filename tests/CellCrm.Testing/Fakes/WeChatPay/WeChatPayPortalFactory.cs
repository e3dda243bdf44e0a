using CellCrm.Portal;

namespace CellCrm.Testing.Fakes.WeChatPay;

/// <summary>The portal with a configured merchant whose WeChat Pay is the <see cref="FakeWeChatPayServer"/>.</summary>
public class WeChatPayPortalFactory : CellCrmAppFactory<PortalApp>
{
    public FakeWeChatPayServer WeChatPay { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => WeChatPay.ClientSettings();

    public override async ValueTask InitializeAsync()
    {
        // The server's address goes into the settings, so it starts before the app is built.
        await WeChatPay.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await WeChatPay.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
