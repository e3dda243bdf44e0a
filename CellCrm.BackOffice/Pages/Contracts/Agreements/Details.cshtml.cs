using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Agreements;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts.Agreements;

/// <summary>补充协议详情: basic information, 补充协议明细 (the lines a storage change keeps), signing and 客服审核,
/// 修改记录, and the actions open now: submit, upload the paper scan, submit for 客服审核, revoke. Access follows the
/// agreement's contract.</summary>
[RequestSizeLimit(ScanRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ScanRequestLimit)]
public class DetailsModel(CellCrmDbContext db, SupplementaryAgreementService service, ContractAccess access, AuditHistory audit,
    ICurrentStaff staff, IFileStore files) : PageModel
{
    private const long ScanRequestLimit = 101 * 1024 * 1024;

    public SupplementaryAgreement Agreement { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    public StoredFile? Scan { get; private set; }

    public ApprovalRequest? Review { get; private set; }

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public bool CanAct => staff.IsSales();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public IFormFile? ScanFile { get; set; }

    [BindProperty]
    public string? RevokeReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await RefusalAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The signed paper scan, streamed to staff who may open the contract.</summary>
    public async Task<IActionResult> OnGetScanAsync(Guid id, CancellationToken ct)
    {
        if (await RefusalAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var fileId = await db.SupplementaryAgreements.Where(a => a.Id == id).Select(a => a.PaperScanFileId).SingleAsync(ct);
        var file = fileId is null ? null : await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null || !file.BelongsTo(new FileOwner(SupplementaryAgreementService.FileOwnerType, id)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(await files.OpenReadAsync(file.Key, ct), file.ContentType, file.OriginalName);
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.SubmitAsync(id, Version, ct), "已提交，等待客户签署", ct);

    public Task<IActionResult> OnPostSubmitReviewAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.SubmitForReviewAsync(id, Version, Me, ct), "已提交客服审核", ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.RevokeAsync(id, Version, RevokeReason ?? "", ct), "补充协议已撤销", ct);

    public Task<IActionResult> OnPostUploadScanAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            if (ScanFile is null || ScanFile.Length == 0)
            {
                throw new DomainException("请选择签署后的纸质协议扫描件", nameof(ScanFile));
            }

            await using var stream = ScanFile.OpenReadStream();
            var result = await service.UploadScanAsync(id, Version, stream, ScanFile.FileName, Me, ct);
            if (!result.Succeeded)
            {
                throw new DomainException(result.Error!, nameof(ScanFile));
            }
        }, "已上传签署扫描件，协议已签署；请提交客服审核", ct);

    private StaffRef Me => new(staff.Id, staff.Name);

    private async Task<IActionResult?> RefusalAsync(Guid id, CancellationToken ct)
    {
        var contractId = await db.SupplementaryAgreements.Where(a => a.Id == id).Select(a => (Guid?)a.ContractId).SingleOrDefaultAsync(ct);
        return contractId is null ? NotFound() : this.Refusal(await access.CheckAsync(contractId.Value, ct));
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string done, CancellationToken ct)
    {
        if (await RefusalAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!CanAct)
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
            ModelState.AddModelError(e.Field is "RevokeReason" or nameof(ScanFile) ? e.Field : "", e.Message);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Agreement = await db.SupplementaryAgreements.AsNoTracking().Include(a => a.Lines).SingleAsync(a => a.Id == id, ct);
        CustomerName = await db.Customers.Where(c => c.Id == Agreement.CustomerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "—";
        CreatedByName = await db.Staff.Where(s => s.Id == Agreement.CreatedById).Select(s => s.Name).SingleOrDefaultAsync(ct) ?? "—";
        Scan = Agreement.PaperScanFileId is { } f ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == f, ct) : null;
        Review = await service.ReviewApprovalAsync(id, ct);
        History = await audit.ForAsync(id, ct);
        Version = Agreement.Version;
    }
}
