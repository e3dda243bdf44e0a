namespace CellCrm.Domain.Files;

/// <summary>Where uploads and generated documents live (local disk by default). Keys are generated, never taken
/// from user file names.</summary>
public interface IFileStore
{
    /// <summary>Stores the stream under a new key, computing its SHA-256 while streaming; past
    /// <paramref name="maxBytes"/> throws <see cref="FileTooLargeException"/> and leaves nothing behind.</summary>
    Task<SavedFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct);

    Task<Stream> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}

public sealed record SavedFile(string Key, long Length, string Sha256Hex);

public sealed class FileTooLargeException(long maxBytes)
    : Exception($"文件超过 {maxBytes / 1024 / 1024} MB 的上限")
{
    public long MaxBytes { get; } = maxBytes;
}
