using System.Security.Cryptography;
using CellCrm.Domain.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure.Files;

/// <summary>Files on local (or mounted shared) disk under <c>Files:Root</c>, outside wwwroot so nothing is served
/// without an authorising endpoint. Keys are "yyyy/MM/guid": generated, never a user's file name.</summary>
public sealed class LocalDiskFileStore : IFileStore
{
    private readonly string _root;

    public LocalDiskFileStore(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Files:Root"];
        _root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data", "files")
            : Path.Combine(environment.ContentRootPath, configured));
    }

    public async Task<SavedFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var key = $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        try
        {
            long length = 0;
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new FileTooLargeException(maxBytes);
                    }

                    sha.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            File.Move(temp, path);
            return new SavedFile(key, length, Convert.ToHexStringLower(sha.GetHashAndReset()));
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken ct) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        // A key is ours, but a tampered one must never reach outside the root.
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid file key.", nameof(key));
        }

        return path;
    }
}
