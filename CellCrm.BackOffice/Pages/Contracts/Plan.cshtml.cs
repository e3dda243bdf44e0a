using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>回款计划 editor of one contract (the contract page's panel posts here; a refused save is shown here with the
/// messages beside the fields). Only within the viewer's data scope; the domain lets only the contract's owner change
/// the plan, and only while nothing received is allocated to it.</summary>
public class PlanModel(CellCrmDbContext db, ContractAccess access, ContractReceivables receivables, PaymentPlanService plans, ICurrentStaff staff,
    TimeProvider clock) : PageModel
{
    public Contract Contract { get; private set; } = null!;

    public PaymentPlanView Plan { get; private set; } = null!;

    public string? EditRefusal { get; private set; }

    public PlanEditorForm Editor { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public List<PlanLineInput> Lines { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        Editor = PlanEditorForm.For(id, Contract.AmountFen, Plan, ChinaTime.Today(clock));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        // Rows left wholly empty are dropped; messages still point at the row as the user sees it.
        var kept = Lines.Select((line, index) => (line, index)).Where(x => !x.line.IsBlank).ToList();
        try
        {
            await plans.SaveAsync(id, Version, [.. kept.Select(x => x.line.ToDraft())], new StaffRef(staff.Id, staff.Name), ct);
            TempData["StatusMessage"] = "回款计划已保存";
            return Redirect($"/Contracts/Details/{id}#payment-plan");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(FieldOf(e.Field, kept.Select(x => x.index).ToList()), e.Message);
        }

        await LoadAsync(id, ct);
        Editor = new PlanEditorForm { ContractId = id, ContractAmountFen = Contract.AmountFen, Version = Version, Lines = Lines.Count == 0 ? [new()] : Lines };
        return Page();
    }

    /// <summary>"Lines[1].Amount" of the kept rows → the typed row's field name.</summary>
    private static string FieldOf(string? field, IReadOnlyList<int> keptIndexes)
    {
        if (field is null)
        {
            return "";
        }

        if (field.StartsWith("Lines[", StringComparison.Ordinal) && field.IndexOf(']') is var close and > 6
            && int.TryParse(field[6..close], out var k) && k < keptIndexes.Count)
        {
            return $"Lines[{keptIndexes[k]}]{field[(close + 1)..]}";
        }

        return field;
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        var receivable = await receivables.ForAsync(Contract, ct);
        Plan = await plans.ViewAsync(receivable, ct);
        EditRefusal = PaymentPlanService.EditRefusal(Contract, receivable, staff.Id);
    }
}
