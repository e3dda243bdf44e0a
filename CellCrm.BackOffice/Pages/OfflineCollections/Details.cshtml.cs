using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.OfflineCollections;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.OfflineCollections;

/// <summary>线下收款详情: what was entered, the 凭证, the checking (核对人, 核对日期, 回款核对, 是否有错误) and 修改记录;
/// 提交 a draft, add attachments, and for finance 核对.</summary>
[Authorize(Policy = OfflineCollectionPages.ReadPolicy)]
[RequestSizeLimit(101 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 101 * 1024 * 1024)]
public class DetailsModel(CellCrmDbContext db, OfflineCollectionAccess access, OfflineCollectionService service, AuditHistory audit,
    ICurrentStaff staff, IFileStore files, TimeProvider clock) : PageModel
{
    public OfflineCollection Collection { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    public string? PrepaymentOrderNumber { get; private set; }

    public IReadOnlyList<StoredFile> Files { get; private set; } = [];

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public bool MayEnter => staff.MayEnter();

    public bool MayCheck => staff.MayCheck();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public CheckInput Check { get; set; } = new();

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        Check.CheckedOn = ChinaTime.Today(clock);
        return Page();
    }

    /// <summary>A 凭证 of this collection, streamed to staff who may see the collection.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null || !file.BelongsTo(new FileOwner(OfflineCollectionService.FileOwnerType, id)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(await files.OpenReadAsync(file.Key, ct), file.ContentType, file.OriginalName);
    }

    public Task<IActionResult> OnPostEnterAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, MayEnter, () => service.EnterAsync(id, Version, ct), "已提交线下收款，等待财务核对", ct);

    public Task<IActionResult> OnPostAttachAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, MayEnter || MayCheck, async () =>
        {
            if (Attachment is null || Attachment.Length == 0)
            {
                throw new DomainException("请选择附件");
            }

            await using var stream = Attachment.OpenReadStream();
            var result = await service.AttachAsync(id, stream, Attachment.FileName, new StaffRef(staff.Id, staff.Name), ct);
            if (!result.Succeeded)
            {
                throw new DomainException(result.Error!);
            }
        }, "已上传附件", ct);

    public Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, MayCheck, async () =>
        {
            if (!ModelState.IsValid)
            {
                throw new DomainException("请完整填写核对信息");
            }

            await service.CheckAsync(id, Version, new StaffRef(staff.Id, staff.Name), Check.CheckedOn!.Value, Check.Result!.Value, Check.HasError,
                Check.ErrorNote, ct);
        }, "已核对", ct);

    private async Task<IActionResult> ActAsync(Guid id, bool allowed, Func<Task> action, string done, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        if (!allowed)
        {
            return Forbid();
        }

        try
        {
            await action();
            TempData["StatusMessage"] = done;
            return RedirectToPage(new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field is { } f && f is "CheckedOn" or "CheckResult" or "HasError" or "ErrorNote"
                ? "Check." + (f == "CheckResult" ? "Result" : f)
                : "", e.Message);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Collection = await db.OfflineCollections.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == id, ct);
        CustomerName = await db.Customers.Where(c => c.Id == Collection.CustomerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "—";
        PrepaymentOrderNumber = Collection.PrepaymentOrderId is { } o
            ? await db.Contracts.Where(c => c.Id == o).Select(c => c.Number).SingleOrDefaultAsync(ct)
            : null;
        Files = await db.StoredFiles.AsNoTracking()
            .Where(f => f.OwnerType == OfflineCollectionService.FileOwnerType && f.OwnerId == id).OrderBy(f => f.UploadedAt).ToListAsync(ct);
        History = await audit.ForAsync(id, ct);
        Version = Collection.Version;
    }

    /// <summary>核对信息 as finance fill it in.</summary>
    public sealed class CheckInput
    {
        [Required(ErrorMessage = "请选择核对日期")]
        public DateOnly? CheckedOn { get; set; }

        [Required(ErrorMessage = "请选择回款核对结果")]
        public ReceiptCheck? Result { get; set; }

        public bool HasError { get; set; }

        [StringLength(OfflineCollection.ErrorNoteMaxLength, ErrorMessage = "错误说明不能超过{1}个字符")]
        public string? ErrorNote { get; set; }
    }
}
