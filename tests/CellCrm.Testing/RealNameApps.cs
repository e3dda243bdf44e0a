using System.Net;
using System.Text.RegularExpressions;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Messaging.Sandbox;
using CellCrm.Portal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Xunit;

namespace CellCrm.Testing;

/// <summary>The back office (which seeds the demo data) and a portal node on the same database, Redis prefix and
/// file store, as in production; <see cref="ResetAsync"/> also empties the shared cache and the stored files.</summary>
public class RealNameApps : IAsyncLifetime
{
    public RealNameApps() : this(browser: false)
    {
    }

    protected RealNameApps(bool browser)
    {
        Browser = browser;
        BackOffice = new FilesBackOffice(FilesRoot, browser);
    }

    public bool Browser { get; }

    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "cellcrm-files-" + Guid.NewGuid().ToString("N")[..8]);

    public FilesBackOffice BackOffice { get; }

    public RealNamePortalNode Portal { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await BackOffice.InitializeAsync();
        Portal = new RealNamePortalNode(BackOffice.ConnectionString, BackOffice.RedisPrefix, FilesRoot, Browser);
        if (Browser)
        {
            Portal.StartServer();
        }
    }

    public async Task ResetAsync()
    {
        await BackOffice.ResetAsync();
        Portal.Clock.Reset();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis + ",allowAdmin=true");
        foreach (var endpoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: BackOffice.RedisPrefix + "*"))
            {
                // Keep the shared data-protection keys, so cookies issued before stay readable.
                if (!key.ToString().Contains("data-protection", StringComparison.Ordinal))
                {
                    await redis.GetDatabase().KeyDeleteAsync(key);
                }
            }
        }

        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }
    }

    /// <summary>Files the store holds (none after a refused upload).</summary>
    public int StoredFileCount() => Directory.Exists(FilesRoot) ? Directory.GetFiles(FilesRoot, "*", SearchOption.AllDirectories).Length : 0;

    /// <summary>A portal browser signed in through the sandbox as <paramref name="openId"/> ("new" for a new visitor).</summary>
    public async Task<HttpClient> SignInAsync(string openId)
    {
        var client = Portal.CreateBrowser();
        var response = await client.SubmitAsync("/SignIn", [new("openId", openId)], "/SignIn?handler=Sandbox");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sandbox sign-in of {openId} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>The code the sandbox SMS provider "sent" to <paramref name="mobile"/>.</summary>
    public async Task<string> LastSmsCodeAsync(string mobile)
    {
        using var scope = Portal.Services.CreateScope();
        var sandbox = (SandboxSmsSender)scope.ServiceProvider.GetRequiredService<ISmsSender>();
        var text = await sandbox.LastMessageAsync(mobile, CancellationToken.None)
            ?? throw new InvalidOperationException("No sandbox SMS.");
        return Regex.Match(text, @"code=(\d{6})").Groups[1].Value;
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await BackOffice.DisposeAsync();
        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

public class FilesBackOffice : BackOfficeFactory
{
    private readonly string _filesRoot;
    private readonly bool _browser;

    public FilesBackOffice(string filesRoot, bool browser)
    {
        _filesRoot = filesRoot;
        _browser = browser;
        if (browser)
        {
            UseKestrel(0);
        }
    }

    public string RootUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Files:Root"] = _filesRoot };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (_browser)
        {
            StartServer();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_browser)
        {
            builder.UseEnvironment("Development");
        }
    }
}

public class RealNamePortalNode : CellCrmAppFactory<PortalApp>
{
    private readonly string _filesRoot;
    private readonly bool _browser;

    public RealNamePortalNode(string connectionString, string redisPrefix, string filesRoot, bool browser)
        : base(connectionString, redisPrefix)
    {
        _filesRoot = filesRoot;
        _browser = browser;
        if (browser)
        {
            UseKestrel(0);
        }
    }

    public string RootUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Files:Root"] = _filesRoot };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_browser)
        {
            builder.UseEnvironment("Development");
        }
    }
}

/// <summary>Both apps on real Kestrel ports for a real browser.</summary>
public sealed class BrowserRealNameApps() : RealNameApps(browser: true);
