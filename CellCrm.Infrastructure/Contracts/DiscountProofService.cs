using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>证明材料 of a 优惠申请 (§4.4): PDFs or photos the applicant adds so the approvers can judge the discount.
/// Stored through the file store and owned by the application; added while the application is pending or, after a
/// rejection, before it is sent again. The caller checks the staff member may see the application.</summary>
public sealed class DiscountProofService(CellCrmDbContext db, FileUploadService uploads)
{
    public const string FileOwnerType = nameof(DiscountApplication);

    public const int MaxFiles = 10;

    public static readonly IReadOnlySet<DetectedFileType> Types = FileUploadService.ReportTypes;

    public long MaxBytes => uploads.MaxBytes;

    public Task<List<StoredFile>> ListAsync(Guid applicationId, CancellationToken ct) =>
        db.StoredFiles.AsNoTracking().Where(f => f.OwnerType == FileOwnerType && f.OwnerId == applicationId).OrderBy(f => f.UploadedAt).ToListAsync(ct);

    public async Task<StoredFile?> FindAsync(Guid applicationId, Guid fileId, CancellationToken ct)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        return file is not null && file.BelongsTo(new FileOwner(FileOwnerType, applicationId)) ? file : null;
    }

    /// <summary>Refuses a proof before anything is stored: empty, too large, or not a PDF or photo by its first bytes.</summary>
    public string? Refusal(string fileName, long length, ReadOnlySpan<byte> head)
    {
        if (length == 0)
        {
            return $"证明材料“{fileName}”是空文件";
        }

        if (length > MaxBytes)
        {
            return $"证明材料“{fileName}”超过{MaxBytes / 1024 / 1024} MB";
        }

        return Types.Contains(FileTypeDetector.Detect(head)) ? null : $"证明材料“{fileName}”的文件类型不支持：只能上传 PDF 或 JPG、PNG、HEIC 图片";
    }

    public async Task<UploadResult> UploadAsync(Guid applicationId, Stream content, string? fileName, Uploader uploader, CancellationToken ct)
    {
        var status = await db.DiscountApplications.Where(a => a.Id == applicationId).Select(a => (DiscountApplicationStatus?)a.Status).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("优惠申请不存在");
        if (status is not (DiscountApplicationStatus.Pending or DiscountApplicationStatus.Rejected))
        {
            throw new DomainException($"优惠申请{ContractLabels.Of(status)}，不能再补充证明材料");
        }

        if (await db.StoredFiles.CountAsync(f => f.OwnerType == FileOwnerType && f.OwnerId == applicationId, ct) >= MaxFiles)
        {
            throw new DomainException($"证明材料最多{MaxFiles}个文件");
        }

        return await uploads.UploadAsync(content, fileName, new FileOwner(FileOwnerType, applicationId), uploader, Types, ct);
    }
}
