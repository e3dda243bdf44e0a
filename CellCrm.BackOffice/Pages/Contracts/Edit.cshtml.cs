using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>修改合同 (草稿 only; the domain refuses otherwise).</summary>
public class EditModel(CellCrmDbContext db, ContractService service, ContractAccess access, ICurrentStaff staff) : ContractFormPage(db, service)
{
    public string Number { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        var contract = await Db.Contracts.AsNoTracking().Include(c => c.Lines).Include(c => c.DemandLists).AsSplitQuery().SingleAsync(c => c.Id == id, ct);
        if (!contract.IsEditable)
        {
            TempData["ErrorMessage"] = "只有草稿状态的合同可以修改";
            return RedirectToPage("Details", new { id });
        }

        Input = ContractInput.From(contract);
        Number = contract.Number;
        await LoadChoicesAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        ValidateLines();
        if (ModelState.IsValid && await TrySaveAsync(async () =>
                await Service.UpdateAsync(id, Input.Version, Input.ToDraft(ChinaTime.Zone), await staff.GetScopeAsync(ct), ct)))
        {
            TempData["StatusMessage"] = "已保存修改";
            return RedirectToPage("Details", new { id });
        }

        Number = await Db.Contracts.Where(c => c.Id == id).Select(c => c.Number).SingleAsync(ct);
        await LoadChoicesAsync(id, ct);
        return Page();
    }
}
