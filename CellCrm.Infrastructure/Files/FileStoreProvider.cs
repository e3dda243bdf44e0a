namespace CellCrm.Infrastructure.Files;

public enum FileStoreProvider
{
    /// <summary>Local disk under <c>Files:Root</c> (the embedded default; a shared volume for several nodes).</summary>
    Local,

    /// <summary>An S3-compatible object store (<c>Files:S3</c>).</summary>
    S3,
}
