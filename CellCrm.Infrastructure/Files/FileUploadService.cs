using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Files;

/// <summary>Stores an upload and records it: streams to the store (size limit and SHA-256 while streaming), checks
/// the type from the first bytes, then saves the <see cref="StoredFile"/>. Whatever is refused or fails is removed
/// from the store again. Uploading the same bytes twice for the same owner returns the first record.</summary>
public sealed class FileUploadService(IFileStore store, CellCrmDbContext db, TimeProvider clock, IOptions<FilesOptions> options)
{
    public static readonly IReadOnlySet<DetectedFileType> ReportTypes =
        new HashSet<DetectedFileType> { DetectedFileType.Jpeg, DetectedFileType.Png, DetectedFileType.Heic, DetectedFileType.Pdf };

    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<UploadResult> UploadAsync(Stream content, string? fileName, FileOwner owner, Uploader uploader,
        IReadOnlySet<DetectedFileType> allowed, CancellationToken ct)
    {
        SavedFile saved;
        try
        {
            saved = await store.SaveAsync(content, MaxBytes, ct);
        }
        catch (FileTooLargeException e)
        {
            return UploadResult.Refused($"{e.Message}，请压缩后或分开上传");
        }

        var keep = false;
        try
        {
            if (saved.Length == 0)
            {
                return UploadResult.Refused("文件是空的，请重新选择");
            }

            var type = await DetectAsync(saved.Key, ct);
            if (!allowed.Contains(type))
            {
                return UploadResult.Refused($"不支持的文件类型：只能上传 {Describe(allowed)}");
            }

            if (await FindAsync(owner, saved.Sha256Hex, ct) is { } existing)
            {
                return new UploadResult(existing, null);
            }

            var file = new StoredFile(saved, type, fileName, owner, uploader.Id, uploader.Name, clock.GetUtcNow());
            db.Add(file);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same upload submitted twice at once: the unique index let one in; this one answers with it.
                // Forget only this file and the audit lines written for it; the caller's other changes stay.
                db.Entry(file).State = EntityState.Detached;
                foreach (var audit in db.ChangeTracker.Entries<AuditEntry>().Where(a => a.Entity.EntityId == file.Id).ToList())
                {
                    audit.State = EntityState.Detached;
                }

                if (await FindAsync(owner, saved.Sha256Hex, ct) is { } first)
                {
                    return new UploadResult(first, null);
                }

                throw;
            }

            keep = true;
            return new UploadResult(file, null);
        }
        finally
        {
            if (!keep)
            {
                await store.DeleteAsync(saved.Key, CancellationToken.None);
            }
        }
    }

    /// <summary>Removes the record and then the bytes (a crash in between leaves an unreferenced file, never a
    /// record without its file).</summary>
    public async Task DeleteAsync(StoredFile file, CancellationToken ct)
    {
        db.Remove(file);
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(file.Key, ct);
    }

    private Task<StoredFile?> FindAsync(FileOwner owner, string sha256Hex, CancellationToken ct) =>
        db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.OwnerType == owner.Type && f.OwnerId == owner.Id && f.Sha256Hex == sha256Hex, ct);

    private async Task<DetectedFileType> DetectAsync(string key, CancellationToken ct)
    {
        await using var stream = await store.OpenReadAsync(key, ct);
        var head = new byte[FileTypeDetector.HeadLength];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return FileTypeDetector.Detect(head.AsSpan(0, read));
    }

    private static string Describe(IReadOnlySet<DetectedFileType> allowed)
    {
        var images = allowed.Where(t => t != DetectedFileType.Pdf).Select(t => t switch
        {
            DetectedFileType.Jpeg => "JPG",
            DetectedFileType.Png => "PNG",
            DetectedFileType.Heic => "HEIC",
            DetectedFileType.Pdf or DetectedFileType.Unknown => "",
        }).ToList();
        var parts = new List<string>();
        if (images.Count > 0)
        {
            parts.Add(string.Join("、", images) + " 图片");
        }

        if (allowed.Contains(DetectedFileType.Pdf))
        {
            parts.Add("PDF 文件");
        }

        return string.Join("或 ", parts);
    }
}
