using CellCrm.Domain.Files;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Signing;

/// <summary>The files of signable documents in the file store: generated and signed PDFs and the handwriting,
/// each owned by its document (so file endpoints can check the viewer against it).</summary>
public sealed class SigningFiles(CellCrmDbContext db, IFileStore store)
{
    public const string OwnerType = nameof(SignableDocument);
    private const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Stores the bytes and tracks their <see cref="StoredFile"/> (saved with the caller's unit of work);
    /// the caller deletes the blob again when that save fails.</summary>
    public async Task<(StoredFile File, SavedFile Saved)> AddAsync(byte[] bytes, DetectedFileType type, string name, Guid documentId,
        Guid? customerId, string byName, DateTimeOffset now, CancellationToken ct)
    {
        SavedFile saved;
        using (var content = new MemoryStream(bytes, writable: false))
        {
            saved = await store.SaveAsync(content, MaxBytes, ct);
        }

        var file = new StoredFile(saved, type, name, new FileOwner(OwnerType, documentId), customerId, byName, now);
        db.StoredFiles.Add(file);
        return (file, saved);
    }

    public async Task<byte[]> ReadAsync(Guid fileId, CancellationToken ct)
    {
        var key = await db.StoredFiles.Where(f => f.Id == fileId).Select(f => f.Key).SingleAsync(ct);
        await using var stream = await store.OpenReadAsync(key, ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>The stored file of a document, when it is one of the document's.</summary>
    public async Task<(StoredFile File, Stream Content)?> OpenAsync(Guid documentId, Guid fileId, CancellationToken ct)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null || !file.BelongsTo(new FileOwner(OwnerType, documentId)))
        {
            return null;
        }

        return (file, await store.OpenReadAsync(file.Key, ct));
    }

    public Task DeleteAsync(IEnumerable<SavedFile> saved) =>
        Task.WhenAll(saved.Select(s => store.DeleteAsync(s.Key, CancellationToken.None)));
}
