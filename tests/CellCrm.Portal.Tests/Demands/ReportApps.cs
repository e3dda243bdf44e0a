using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Demands;

/// <summary>The back office (demo data, demand lists) and a portal node on the same database, Redis prefix and file
/// store, with the upload limit a test class needs (<see cref="MaxUploadBytes"/>; null keeps the 100 MB default).</summary>
public class ReportApps : IAsyncLifetime
{
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "cellcrm-reports-" + Guid.NewGuid().ToString("N")[..8]);

    public LimitedBackOffice BackOffice { get; private set; } = null!;

    public LimitedPortal Portal { get; private set; } = null!;

    protected virtual long? MaxUploadBytes => null;

    public async ValueTask InitializeAsync()
    {
        BackOffice = new LimitedBackOffice(FilesRoot, MaxUploadBytes);
        await BackOffice.InitializeAsync();
        Portal = new LimitedPortal(BackOffice.ConnectionString, BackOffice.RedisPrefix, FilesRoot, MaxUploadBytes);
    }

    public async Task ResetAsync()
    {
        await BackOffice.ResetAsync();
        Portal.Clock.Reset();
        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }
    }

    /// <summary>Files the store holds, in-flight temporaries included (none after a refused upload).</summary>
    public int StoredFileCount() => Directory.Exists(FilesRoot) ? Directory.GetFiles(FilesRoot, "*", SearchOption.AllDirectories).Length : 0;

    /// <summary>Binds the sandbox openid to the demo customer with that mobile and signs a portal browser in with it.</summary>
    public async Task<HttpClient> CustomerBrowserAsync(string mobile, string openId)
    {
        await BackOffice.VerifyAsync(await BackOffice.CustomerIdAsync(mobile), openId);
        var client = Portal.CreateBrowser();
        var response = await client.SubmitAsync("/SignIn", [new("openId", openId)], "/SignIn?handler=Sandbox");
        return response.StatusCode == System.Net.HttpStatusCode.Redirect ? client : throw new InvalidOperationException("Sandbox sign-in failed.");
    }

    /// <summary>A demand list created by the advisor, with <paramref name="recipientMobile"/>'s customer as recipient
    /// (and the other as donor when given), its exam checklist pushed.</summary>
    public Task<Guid> DemandListAsync(string recipientMobile, string? donorMobile = null) => BackOffice.WithScopeAsync(async sp =>
    {
        var recipient = await BackOffice.CustomerIdAsync(recipientMobile);
        Guid? donor = donorMobile is null ? null : await BackOffice.CustomerIdAsync(donorMobile);
        var expert = await sp.RefAsync("expert");
        var advisor = await sp.RefAsync("advisor");
        var details = new DemandDetails(recipient, donor, donor is null ? DonorRelationship.Self : DonorRelationship.ImmediateFamily,
            donor is null ? null : "父女", "K8MGX202601001", "三存", new DateOnly(2020, 5, 1), CellSource.Autologous,
            IntendedCellProduct.StemCell, "抗衰", "身体健康", "改善睡眠", null, expert.Id);
        var service = sp.GetRequiredService<DemandListService>();
        var list = await service.CreateAsync(details, advisor, await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
        await service.PushAsync(list.Id, list.Version, advisor, CustomerTaskType.ExamChecklist, Guid.NewGuid(), CancellationToken.None);
        return list.Id;
    });

    public Task<T> DbAsync<T>(Func<CellCrmDbContext, Task<T>> query) => BackOffice.WithScopeAsync(sp => query(sp.GetRequiredService<CellCrmDbContext>()));

    public Task<DemandList> ListAsync(Guid id) => DbAsync(db => db.DemandLists.AsNoTracking().Include(d => d.Plans).SingleAsync(d => d.Id == id));

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

public sealed class LimitedBackOffice(string filesRoot, long? maxUploadBytes) : FilesBackOffice(filesRoot, browser: false)
{
    protected override IDictionary<string, string?> ExtraSettings => Limit(base.ExtraSettings, maxUploadBytes);

    internal static IDictionary<string, string?> Limit(IDictionary<string, string?> settings, long? maxUploadBytes)
    {
        if (maxUploadBytes is { } max)
        {
            settings["Files:MaxUploadBytes"] = max.ToString();
        }

        return settings;
    }
}

public sealed class LimitedPortal(string connectionString, string redisPrefix, string filesRoot, long? maxUploadBytes)
    : RealNamePortalNode(connectionString, redisPrefix, filesRoot, browser: false)
{
    protected override IDictionary<string, string?> ExtraSettings => LimitedBackOffice.Limit(base.ExtraSettings, maxUploadBytes);
}

/// <summary>The same apps with a 64 KB upload limit (the limit is configuration: Files:MaxUploadBytes).</summary>
public sealed class SmallLimitReportApps : ReportApps
{
    public const long Limit = 64 * 1024;

    protected override long? MaxUploadBytes => Limit;
}
