using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.WeChatPay;
using CellCrm.Testing.Fakes.WeChatPay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.WeChatPay;

/// <summary>A fake WeChat Pay server and the real client wired by <c>AddWeChatPay</c> (options, HTTP pipeline with
/// its retry policy) against it.</summary>
public sealed class WeChatPayRig : IAsyncDisposable
{
    private ServiceProvider? _services;

    public FakeWeChatPayServer Server { get; } = new();

    public IPaymentGateway Gateway => _services!.GetRequiredService<IPaymentGateway>();

    public IServiceProvider Services => _services!;

    public static async Task<WeChatPayRig> StartAsync(bool certificateMode = false, Action<Dictionary<string, string?>>? adjust = null)
    {
        var rig = new WeChatPayRig();
        await rig.Server.StartAsync();
        var settings = rig.Server.ClientSettings(certificateMode);
        adjust?.Invoke(settings);
        rig._services = Build(settings);
        return rig;
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWeChatPay(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static JsapiOrder Order(string outTradeNo, long fen = 1_280_000, string openId = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o") =>
        new(outTradeNo, "细胞储存费 HT20261127001", fen, openId, new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.Zero), "link:42");

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
