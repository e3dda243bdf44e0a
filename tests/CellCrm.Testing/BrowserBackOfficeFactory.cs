using Microsoft.AspNetCore.Hosting;

namespace CellCrm.Testing;

/// <summary>The back office on real Kestrel (a loopback port) for a real browser. It runs as Development so that
/// cookies work over plain http://127.0.0.1, as in the embedded default.</summary>
public class BrowserBackOfficeFactory : BackOfficeFactory
{
    public BrowserBackOfficeFactory() => UseKestrel(0);

    public string RootUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}
