using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.BackOffice.Services.Refunds;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Refunds;

/// <summary>新建退款申请 on a contract in scope (from the contract page), optionally following a termination agreement.
/// Saved as a draft; the same form sent twice makes one application.</summary>
[Authorize(Policy = RefundPages.WritePolicy)]
public class CreateModel(CellCrmDbContext db, ContractAccess access, RefundSources sources, RefundApplicationService refunds, ICurrentStaff staff)
    : PageModel
{
    [BindProperty]
    public RefundForm Input { get; set; } = new();

    public Guid ContractId { get; private set; }

    public string ContractNumber { get; private set; } = "";

    public string CustomerName { get; private set; } = "";

    public IReadOnlyList<RefundSource> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid contractId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(contractId, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(contractId, ct);
        Input.Lines = [.. Sources.Select(s => new RefundForm.LineInput { Kind = s.Kind, SourceId = s.Id })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid contractId, Guid? agreementId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(contractId, ct)) is { } refusal)
        {
            return refusal;
        }

        var chosen = new List<(int FormIndex, RefundLineRequest Line)>();
        for (var i = 0; i < Input.Lines.Count; i++)
        {
            var line = Input.Lines[i];
            if (string.IsNullOrWhiteSpace(line.AmountYuan))
            {
                continue;
            }

            if (Money.ParseYuan(line.AmountYuan) is { } fen)
            {
                chosen.Add((i, new RefundLineRequest(line.Kind, line.SourceId, fen, line.Reason)));
            }
            else
            {
                ModelState.AddModelError($"Input.Lines[{i}].AmountYuan", "请输入正确的金额（元，最多两位小数）");
            }
        }

        if (ModelState.IsValid && chosen.Count == 0)
        {
            ModelState.AddModelError("", "请至少为一笔收款填写退款金额");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var account = Input.Account.IsEmpty ? null : new RefundAccount(Input.Account.HolderName, Input.Account.BankName, Input.Account.Number);
                var department = await db.Staff.Where(s => s.Id == staff.Id).Select(s => s.DepartmentId).FirstAsync(ct);
                var application = await refunds.CreateAsync(new RefundRequest(contractId, agreementId, Input.Reason, [.. chosen.Select(c => c.Line)], account,
                    Input.RequestKey), new StaffRef(staff.Id, staff.Name), department, ct);
                TempData["StatusMessage"] = $"已保存退款申请{application.Number}（草稿）";
                return RedirectToPage("Details", new { id = application.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(FieldOf(e.Field, chosen.Select(c => c.FormIndex).ToList()), e.Message);
            }
        }

        await LoadAsync(contractId, ct);
        return Page();
    }

    /// <summary>The input a domain message belongs under; a line index counts only the chosen lines.</summary>
    private static string FieldOf(string? field, List<int> formIndexes) => field switch
    {
        null => "",
        nameof(RefundAccount.HolderName) or nameof(RefundAccount.BankName) or nameof(RefundAccount.Number) => "Input.Account." + field,
        nameof(RefundApplication.Reason) => "Input.Reason",
        _ when field.StartsWith("Lines[", StringComparison.Ordinal) && int.TryParse(field[6..field.IndexOf(']')], out var i) && i < formIndexes.Count =>
            $"Input.Lines[{formIndexes[i]}]{field[(field.IndexOf(']') + 1)..]}",
        _ => "",
    };

    private async Task LoadAsync(Guid contractId, CancellationToken ct)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new { c.Number, Customer = db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).First() }).FirstAsync(ct);
        ContractId = contractId;
        ContractNumber = contract.Number;
        CustomerName = contract.Customer;
        Sources = await sources.ForContractAsync(contractId, ct);
    }
}
