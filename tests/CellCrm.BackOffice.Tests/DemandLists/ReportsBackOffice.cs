using CellCrm.Testing;

namespace CellCrm.BackOffice.Tests.DemandLists;

/// <summary>The back office with its file store in a temporary folder of its own.</summary>
public sealed class ReportsBackOffice : FilesBackOffice
{
    public ReportsBackOffice() : this(Path.Combine(Path.GetTempPath(), "cellcrm-bo-reports-" + Guid.NewGuid().ToString("N")[..8]))
    {
    }

    private ReportsBackOffice(string root) : base(root, browser: false) => FilesRoot = root;

    public string FilesRoot { get; }

    /// <summary>Files the store holds, in-flight temporaries included.</summary>
    public int StoredFileCount() => Directory.Exists(FilesRoot) ? Directory.GetFiles(FilesRoot, "*", SearchOption.AllDirectories).Length : 0;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
