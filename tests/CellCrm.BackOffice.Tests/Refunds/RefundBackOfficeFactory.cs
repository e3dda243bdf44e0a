using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;

namespace CellCrm.BackOffice.Tests.Refunds;

/// <summary>The back office with a configured merchant whose WeChat Pay is the fake server (the real client runs).</summary>
public sealed class RefundBackOfficeFactory : BackOfficeFactory
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
    }
}
