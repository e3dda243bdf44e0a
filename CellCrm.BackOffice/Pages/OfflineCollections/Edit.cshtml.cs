using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.BackOffice.Services.OfflineCollections;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.OfflineCollections;

/// <summary>新建线下收款 on a contract (seed 000 §5.3), or changing a draft / one found wrong at checking: method
/// (预付款抵扣 picks one of the customer's prepayment orders and shows its balance), actual receipt date, payer,
/// the amount per contract product and 凭证 attachments; 保存草稿 or 提交 (entered: counts as received).</summary>
[Authorize(Policy = OfflineCollectionPages.EnterPolicy)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public class EditModel(CellCrmDbContext db, ContractAccess contracts, OfflineCollectionAccess access, OfflineCollectionService service,
    ICurrentStaff staff, TimeProvider clock) : PageModel
{
    /// <summary>Several attachments of up to 100 MB each go through the store one by one; the form may carry a few.</summary>
    private const long UploadLimit = 301 * 1024 * 1024;

    [BindProperty]
    public OfflineCollectionInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public List<IFormFile> Attachments { get; set; } = [];

    public Contract Contract { get; private set; } = null!;

    public OfflineCollection? Existing { get; private set; }

    /// <summary>Per contract line: what it still owes apart from this collection.</summary>
    public IReadOnlyDictionary<Guid, long> OwedByLine { get; private set; } = new Dictionary<Guid, long>();

    public long OutstandingFen { get; private set; }

    public IReadOnlyList<PrepaymentBalance> PrepaymentOrders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid contractId, Guid? id, CancellationToken ct)
    {
        if (await RefusalAsync(contractId, id, ct) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(contractId, id, ct);
        if (Existing is { } e)
        {
            if (!e.IsEditable)
            {
                return RedirectToPage("Details", new { id });
            }

            Input.Method = e.Method;
            Input.OtherMethod = e.OtherMethod;
            Input.PrepaymentOrderId = e.PrepaymentOrderId;
            Input.ReceivedOn = e.ReceivedOn;
            Input.Payer = e.Payer;
            Input.Remarks = e.Remarks;
            Version = e.Version;
        }
        else
        {
            Input.RequestKey = Guid.NewGuid();
            Input.ReceivedOn = ChinaTime.Today(clock);
            Input.Payer = await db.Customers.AsNoTracking().Where(c => c.Id == Contract.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(ct);
            if (!Contract.AcceptsPayment)
            {
                ModelState.AddModelError("", $"合同{ContractLabels.Of(Contract.Status)}，不能录入回款");
            }
        }

        Input.Lines = [.. Contract.Lines.OrderBy(l => l.Sort).Select(l => new OfflineCollectionInput.LineInput
        {
            ContractLineId = l.Id,
            Amount = Existing?.Lines.FirstOrDefault(x => x.ContractLineId == l.Id) is { } x ? Money.Yuan(x.AmountFen).Replace(",", "", StringComparison.Ordinal) : null,
        })];
        return Page();
    }

    public Task<IActionResult> OnPostDraftAsync(Guid contractId, Guid? id, CancellationToken ct) => SaveAsync(contractId, id, enter: false, ct);

    public Task<IActionResult> OnPostEnterAsync(Guid contractId, Guid? id, CancellationToken ct) => SaveAsync(contractId, id, enter: true, ct);

    private async Task<IActionResult> SaveAsync(Guid contractId, Guid? id, bool enter, CancellationToken ct)
    {
        if (await RefusalAsync(contractId, id, ct) is { } refusal)
        {
            return refusal;
        }

        if (id is null && Input.RequestKey is null)
        {
            ModelState.AddModelError("", "表单已失效，请刷新页面后重试");
        }

        if (ModelState.IsValid && Input.ToDetails(ModelState.AddModelError) is { } details)
        {
            try
            {
                var me = new StaffRef(staff.Id, staff.Name);
                Guid saved;
                if (id is { } existing)
                {
                    await service.UpdateAsync(existing, Version, details, enter, ct);
                    saved = existing;
                }
                else
                {
                    saved = (await service.CreateAsync(contractId, details, enter, me, Input.RequestKey, ct)).Id;
                }

                var refused = new List<string>();
                foreach (var file in Attachments.Where(f => f.Length > 0))
                {
                    await using var stream = file.OpenReadStream();
                    var result = await service.AttachAsync(saved, stream, file.FileName, me, ct);
                    if (!result.Succeeded)
                    {
                        refused.Add($"{file.FileName}：{result.Error}");
                    }
                }

                TempData["StatusMessage"] = (enter ? "已提交线下收款，等待财务核对" : "已保存草稿，请在回款当天提交")
                    + (refused.Count == 0 ? "" : "；以下附件未上传：" + string.Join("；", refused));
                return RedirectToPage("Details", new { id = saved });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(Input.FieldFor(e.Field), e.Message);
            }
        }

        await LoadAsync(contractId, id, ct);
        return Page();
    }

    private async Task<IActionResult?> RefusalAsync(Guid contractId, Guid? id, CancellationToken ct)
    {
        if (this.Refusal(await contracts.CheckAsync(contractId, ct)) is { } refusal)
        {
            return refusal;
        }

        if (id is { } existing)
        {
            if (this.Refusal(await access.CheckAsync(existing, ct)) is { } denied)
            {
                return denied;
            }

            if (!await db.OfflineCollections.AnyAsync(c => c.Id == existing && c.ContractId == contractId, ct))
            {
                return NotFound();
            }
        }

        return null;
    }

    private async Task LoadAsync(Guid contractId, Guid? id, CancellationToken ct)
    {
        Contract = await db.Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == contractId, ct);
        Existing = id is null ? null : await db.OfflineCollections.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == id, ct);
        var soFar = await Receipts.SoFarAsync(db, contractId, id, ct);
        OwedByLine = Contract.Lines.ToDictionary(l => l.Id, l => Math.Max(0, l.AmountAfterFen - soFar.OnLine(l.Id)));
        OutstandingFen = Math.Max(0, Contract.AmountFen - soFar.TotalFen);
        PrepaymentOrders = Contract.BusinessType == ContractBusinessType.Prepayment ? [] : await service.PrepaymentBalancesAsync(Contract.CustomerId, ct);
    }
}
