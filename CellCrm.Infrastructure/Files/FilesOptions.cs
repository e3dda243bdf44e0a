namespace CellCrm.Infrastructure.Files;

/// <summary>Where files are kept. <see cref="Root"/> is relative to the app's content root unless absolute; it
/// must not lie under wwwroot (files are only served through endpoints that check the viewer).</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    public FileStoreProvider Provider { get; set; } = FileStoreProvider.Local;

    public string Root { get; set; } = Path.Combine("App_Data", "files");

    public S3Options S3 { get; set; } = new();

    /// <summary>Largest upload accepted (issue: reports up to 100 MB each).</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;
}
