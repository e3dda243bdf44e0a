using CellCrm.Domain.Common;

namespace CellCrm.Domain.Files;

/// <summary>One file held by the <see cref="IFileStore"/>: an upload (体检报告, 纸质合同扫描件) or a generated document
/// (签署后的问卷, 合同). Its bytes are identified by <see cref="Sha256Hex"/>; the record is removed, never rewritten.</summary>
public class StoredFile : AggregateRoot
{
    public const int KeyMaxLength = 80;
    public const int ContentTypeMaxLength = 60;
    public const int UploaderNameMaxLength = 50;

    private StoredFile()
    {
        Key = "";
        OriginalName = "";
        ContentType = "";
        Sha256Hex = "";
        OwnerType = "";
        UploadedByName = "";
    }

    public StoredFile(SavedFile saved, DetectedFileType type, string? originalName, FileOwner owner,
        Guid? uploadedById, string uploadedByName, DateTimeOffset at)
    {
        if (type == DetectedFileType.Unknown)
        {
            throw new DomainException("不支持的文件类型", nameof(ContentType));
        }

        if (saved.Length <= 0)
        {
            throw new DomainException("文件是空的", nameof(Size));
        }

        Key = Guard.Required(saved.Key, "文件键", KeyMaxLength);
        Sha256Hex = saved.Sha256Hex.Length == 64 ? saved.Sha256Hex : throw new DomainException("文件摘要无效");
        Size = saved.Length;
        Type = type;
        ContentType = FileTypeDetector.ContentType(type);
        OriginalName = FileNames.Sanitize(originalName, type);
        OwnerType = Guard.Required(owner.Type, "所属业务", FileOwner.TypeMaxLength);
        OwnerId = owner.Id;
        UploadedById = uploadedById;
        UploadedByName = Guard.Required(uploadedByName, "上传人", UploaderNameMaxLength);
        UploadedAt = at;
    }

    public string Key { get; private set; }

    /// <summary>The user's name for the file, sanitized (<see cref="FileNames"/>), for display and download only.</summary>
    public string OriginalName { get; private set; }

    public DetectedFileType Type { get; private set; }

    /// <summary>Detected from the bytes, never from the name or the browser's claim.</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string Sha256Hex { get; private set; }

    public string OwnerType { get; private set; }

    public Guid OwnerId { get; private set; }

    /// <summary>The staff member or customer who uploaded it; null for documents the system generated.</summary>
    public Guid? UploadedById { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public bool BelongsTo(FileOwner owner) => OwnerType == owner.Type && OwnerId == owner.Id;
}
