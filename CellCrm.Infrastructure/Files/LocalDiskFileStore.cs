using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CellCrm.Domain.Files;

namespace CellCrm.Infrastructure.Files;

/// <summary>Files on local disk under a configured root, at generated keys "yyyy/MM/{guid}". An upload is written
/// to a temporary file first and moved into place only once complete and within the limit, so a refused or
/// broken upload leaves nothing behind.</summary>
public sealed partial class LocalDiskFileStore : IFileStore, IFileExistence
{
    private const int BufferSize = 81920;
    private readonly string _root;
    private readonly string _temp;
    private readonly TimeProvider _clock;

    public LocalDiskFileStore(string root, TimeProvider clock)
    {
        _root = Path.GetFullPath(root);
        _temp = Path.Combine(_root, ".incoming");
        _clock = clock;
        Directory.CreateDirectory(_temp);
    }

    public string Root => _root;

    public async Task<SavedFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        var key = NewKey(_clock.GetUtcNow());
        var temporary = Path.Combine(_temp, Guid.NewGuid().ToString("N") + ".part");
        // Made again on every save: the folder may have been cleared (an operator, or tests) since start-up.
        Directory.CreateDirectory(_temp);
        try
        {
            long length;
            string sha256;
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                (length, sha256) = await CopyWithinLimitAsync(content, target, maxBytes, ct);
            }

            var final = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(temporary, final);
            return new SavedFile(key, length, sha256);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("文件不存在或已删除", key);
        }

        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous));
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(key)));

    /// <summary>Copies, hashing as it goes, and stops as soon as one byte more than allowed has arrived: a
    /// 101 MB upload is refused after reading at most the limit plus one buffer.</summary>
    internal static async Task<(long Length, string Sha256Hex)> CopyWithinLimitAsync(Stream source, Stream target, long maxBytes, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new FileTooLargeException(maxBytes);
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>A new key "yyyy/MM/{guid}" (both stores): the only shape <see cref="CheckKey"/> lets through.</summary>
    internal static string NewKey(DateTimeOffset now) => $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}";

    /// <summary>Only keys this store generated map to a path; anything else ("../x", absolute paths) is refused.</summary>
    internal static string CheckKey(string key) =>
        KeyPattern().IsMatch(key) ? key : throw new ArgumentException("无效的文件键", nameof(key));

    private string PathOf(string key) => Path.Combine(_root, CheckKey(key).Replace('/', Path.DirectorySeparatorChar));

    [GeneratedRegex("^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
