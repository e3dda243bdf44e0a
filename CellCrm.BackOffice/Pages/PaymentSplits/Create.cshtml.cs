using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.PaymentSplits;

/// <summary>新建回款拆单 (seed 000 §5.4) on one receipt: advisor, hospital and ratio per line; the amounts are computed
/// by the domain and the split goes to the regional manager for approval.</summary>
public class CreateModel(PaymentSplitService service, CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public const int LineRows = 6;

    [BindProperty(SupportsGet = true)]
    public SplitSourceKind Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid SourceId { get; set; }

    [BindProperty]
    public SplitInput Input { get; set; } = new();

    public SplitReceipt Receipt { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    public string? ContractNumber { get; private set; }

    public IReadOnlyList<StaffChoice> Advisors { get; private set; } = [];

    public IReadOnlyList<StaffChoice> Hospitals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.RequestKey = Guid.CreateVersion7();
        var hospital = Receipt.ContractId is { } contract
            ? await db.Contracts.AsNoTracking().Where(c => c.Id == contract).Select(c => c.HospitalId).FirstOrDefaultAsync(ct)
            : null;
        Input.Lines[0] = new LineInput { AdvisorId = Advisors.Any(a => a.Id == staff.Id) ? staff.Id : null, HospitalId = hospital, Ratio = "100" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var lines = ReadLines();
        if (ModelState.IsValid)
        {
            try
            {
                var split = await service.CreateAsync(new PaymentSplitRequest(Kind, SourceId, lines, Input.RequestKey!.Value),
                    new StaffRef(staff.Id, staff.Name), await staff.GetScopeAsync(ct), ct);
                TempData["StatusMessage"] = $"已提交回款拆单{split.Number}，等待区域经理审批";
                return RedirectToPage("Details", new { id = split.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddErrors("Input.", [new FieldError(e.Field ?? "", e.Message)]);
            }
        }

        return Page();
    }

    /// <summary>The filled rows in order; a row left wholly empty is skipped, a half-filled one is an error.</summary>
    private List<PaymentSplitLineRequest> ReadLines()
    {
        var lines = new List<PaymentSplitLineRequest>();
        for (var i = 0; i < Input.Lines.Count; i++)
        {
            var row = Input.Lines[i];
            if (row.AdvisorId is null && row.HospitalId is null && string.IsNullOrWhiteSpace(row.Ratio))
            {
                continue;
            }

            var ratio = PaymentSplitLabels.ParsePercent(row.Ratio);
            if (row.AdvisorId is null)
            {
                ModelState.AddModelError($"Input.Lines[{i}].AdvisorId", "请选择顾问");
            }

            if (row.HospitalId is null)
            {
                ModelState.AddModelError($"Input.Lines[{i}].HospitalId", "请选择拆分医院");
            }

            if (ratio is null)
            {
                ModelState.AddModelError($"Input.Lines[{i}].Ratio", string.IsNullOrWhiteSpace(row.Ratio) ? "请填写比例" : "比例须大于0且不超过100，最多两位小数");
            }

            lines.Add(new PaymentSplitLineRequest(row.AdvisorId ?? Guid.Empty, row.HospitalId ?? Guid.Empty, ratio ?? 0));
        }

        if (lines.Count == 0)
        {
            ModelState.AddModelError("Input.Lines", "请至少添加一条拆单明细");
        }

        return lines;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await service.ReceiptInScopeAsync(Kind, SourceId, await staff.GetScopeAsync(ct), ct) is not { } receipt)
        {
            return false;
        }

        Receipt = receipt;
        CustomerName = await db.Customers.AsNoTracking().Where(c => c.Id == receipt.CustomerId).Select(c => c.Name).FirstAsync(ct);
        ContractNumber = receipt.ContractId is { } id ? await db.Contracts.AsNoTracking().Where(c => c.Id == id).Select(c => c.Number).FirstOrDefaultAsync(ct) : null;
        var sales = ContractPagesSetup.SalesRoles;
        var salesStaff = db.UserRoles.Join(db.Roles.Where(r => sales.Contains(r.Name!)), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        Advisors = await db.Staff.AsNoTracking().Where(s => s.IsActive && salesStaff.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new StaffChoice(s.Id, s.Name)).ToListAsync(ct);
        Hospitals = await db.Hospitals.AsNoTracking().Where(h => h.IsActive).OrderBy(h => h.Name).Select(h => new StaffChoice(h.Id, h.Name)).ToListAsync(ct);
        while (Input.Lines.Count < LineRows)
        {
            Input.Lines.Add(new LineInput());
        }

        return true;
    }

    public sealed class SplitInput
    {
        public Guid? RequestKey { get; set; }

        public List<LineInput> Lines { get; set; } = [];
    }

    public sealed class LineInput
    {
        public Guid? AdvisorId { get; set; }

        public Guid? HospitalId { get; set; }

        /// <summary>比例 in percent as typed, e.g. "50" or "33.33".</summary>
        public string? Ratio { get; set; }
    }
}
