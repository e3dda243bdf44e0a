using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Files;

public sealed class FilesSetupTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("cellcrm-setup-").FullName;

    [Fact]
    public void AddFiles_Default_StoresUnderAppDataOfTheContentRoot()
    {
        using var services = Build(new Dictionary<string, string?>());

        var store = Assert.IsType<LocalDiskFileStore>(services.GetRequiredService<IFileStore>());

        Assert.Equal(Path.Combine(_contentRoot, "App_Data", "files"), store.Root);
        Assert.Same(store, services.GetRequiredService<IFileExistence>());
    }

    [Theory]
    [InlineData("wwwroot")]
    [InlineData("wwwroot/uploads")]
    [InlineData("App_Data/../wwwroot/files")]
    public void AddFiles_RootUnderWwwroot_IsRefused(string root)
    {
        using var services = Build(new Dictionary<string, string?> { ["Files:Root"] = root });

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IFileStore>());
        Assert.Contains("wwwroot", error.Message);
    }

    [Fact]
    public void AddFiles_S3WithoutBucket_IsRefusedAtStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Build(new Dictionary<string, string?> { ["Files:Provider"] = "S3", ["Files:S3:ServiceUrl"] = "http://127.0.0.1:9000" }));
        Assert.Contains("Files:S3:Bucket", error.Message);
    }

    [Fact]
    public void AddFiles_S3_UsesTheS3Store()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Files:Provider"] = "S3",
            ["Files:S3:ServiceUrl"] = "http://127.0.0.1:9000",
            ["Files:S3:Bucket"] = "cellcrm",
            ["Files:S3:AccessKey"] = "k",
            ["Files:S3:SecretKey"] = "s",
        });

        Assert.IsType<S3FileStore>(services.GetRequiredService<IFileStore>());
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton(TimeProvider.System).AddFiles(configuration, _contentRoot).BuildServiceProvider();
    }
}
