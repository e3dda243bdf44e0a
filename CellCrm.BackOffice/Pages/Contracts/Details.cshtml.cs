using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Files;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>合同/订单详情: the fields, status, lines and totals, the 客服审批 behind it, 修改记录, and the actions open to
/// the viewer now: submit, take back to draft, upload the paper scan, submit for 客服审核.</summary>
[RequestSizeLimit(ScanRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ScanRequestLimit)]
public class DetailsModel(CellCrmDbContext db, ContractService service, ContractAccess access, AuditHistory audit, ICurrentStaff staff,
    IFileStore files, ContractReceivables receivables) : PageModel
{
    /// <summary>The file store's default 100 MB limit plus the form around it.</summary>
    private const long ScanRequestLimit = 101 * 1024 * 1024;

    public Contract Contract { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    public string OwnerName { get; private set; } = "";

    public string HospitalName { get; private set; } = "—";

    public IReadOnlyList<string> DemandListNumbers { get; private set; } = [];

    public string? ApplicationNumber { get; private set; }

    public StoredFile? Scan { get; private set; }

    public ApprovalRequest? Review { get; private set; }

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    /// <summary>收款: amount, received, outstanding and the contract's payment links.</summary>
    public ContractReceivable Receivable { get; private set; } = null!;

    /// <summary>发起收款 is offered to staff who collect, while the contract accepts payment and money is outstanding.</summary>
    public bool CanCollect => Receivable.CanCollect && (staff.IsSales() || staff.IsInRole(StaffRoles.Admin));

    public bool CanAct => staff.IsSales();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public IFormFile? ScanFile { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The signed paper scan, streamed from the file store to staff who may open the contract.</summary>
    public async Task<IActionResult> OnGetScanAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        var fileId = await db.Contracts.Where(c => c.Id == id).Select(c => c.PaperScanFileId).SingleAsync(ct);
        var file = fileId is null ? null : await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null || !file.BelongsTo(new FileOwner(ContractService.FileOwnerType, id)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(await files.OpenReadAsync(file.Key, ct), file.ContentType, file.OriginalName);
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.SubmitAsync(id, Version, Me, ct), "已提交", ct);

    public Task<IActionResult> OnPostReturnToDraftAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.ReturnToDraftAsync(id, Version, ct), "已撤回为草稿，可修改后重新提交", ct);

    public Task<IActionResult> OnPostSubmitReviewAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.SubmitForReviewAsync(id, Version, Me, ct), "已提交客服审核", ct);

    public Task<IActionResult> OnPostUploadScanAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            if (ScanFile is null || ScanFile.Length == 0)
            {
                throw new DomainException("请选择签署后的纸质合同扫描件");
            }

            await using var stream = ScanFile.OpenReadStream();
            var result = await service.UploadScanAsync(id, Version, stream, ScanFile.FileName, Me, ct);
            if (!result.Succeeded)
            {
                throw new DomainException(result.Error!);
            }
        }, "已上传签署扫描件，合同已签署；请提交客服审核", ct);

    private StaffRef Me => new(staff.Id, staff.Name);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string done, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
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
            ModelState.AddModelError("", e.Message);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Contract = await db.Contracts.AsNoTracking().Include(c => c.Lines).Include(c => c.DemandLists).AsSplitQuery().SingleAsync(c => c.Id == id, ct);
        CustomerName = await db.Customers.Where(c => c.Id == Contract.CustomerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "—";
        OwnerName = await db.Staff.Where(s => s.Id == Contract.OwnerId).Select(s => s.Name).SingleOrDefaultAsync(ct) ?? "—";
        HospitalName = await db.Hospitals.Where(h => h.Id == Contract.HospitalId).Select(h => h.Name).SingleOrDefaultAsync(ct) ?? "—";
        var listIds = Contract.DemandLists.Select(d => d.DemandListId).ToList();
        DemandListNumbers = await db.DemandLists.Where(d => listIds.Contains(d.Id)).Select(d => d.Number).ToListAsync(ct);
        ApplicationNumber = Contract.DiscountApplicationId is { } a
            ? await db.DiscountApplications.Where(x => x.Id == a).Select(x => x.Number).SingleOrDefaultAsync(ct)
            : null;
        Scan = Contract.PaperScanFileId is { } f ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == f, ct) : null;
        Review = await service.ReviewApprovalAsync(id, ct);
        History = await audit.ForAsync(id, ct);
        Receivable = await receivables.ForAsync(Contract, ct);
        Version = Contract.Version;
    }
}
