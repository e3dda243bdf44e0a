using CellCrm.Testing;

namespace CellCrm.Infrastructure.Tests.Files;

/// <summary>The back office on real MariaDB with its file store in a temporary folder of its own.</summary>
public sealed class FilesAppFactory : BackOfficeFactory
{
    public string FilesRoot { get; } = Directory.CreateTempSubdirectory("cellcrm-files-app-").FullName;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Files:Root"] = FilesRoot };

    public IEnumerable<string> StoredPaths() => Directory.EnumerateFiles(FilesRoot, "*", SearchOption.AllDirectories);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(FilesRoot, recursive: true);
    }
}
