using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>修改需求清单: while it is 待审核 or 审核驳回 (the domain refuses otherwise).</summary>
public class EditModel(CellCrmDbContext db, DemandListService service, DemandListAccess access, ICurrentStaff staff) : DemandFormPage(db, service)
{
    public string Number { get; private set; } = "";

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        var list = await Db.DemandLists.AsNoTracking().SingleAsync(d => d.Id == id, ct);
        if (!list.IsEditable)
        {
            TempData["ErrorMessage"] = $"需求清单{list.Number}{Domain.Health.HealthLabels.Of(list.ReviewStatus)}，不能修改";
            return RedirectToPage("Details", new { id });
        }

        Input = DemandInput.From(list);
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        // The recipient never changes through this form, whatever was posted.
        Input.RecipientId = await Db.DemandLists.Where(d => d.Id == id).Select(d => d.RecipientId).SingleAsync(ct);
        if (ModelState.IsValid && await TrySaveAsync(async () =>
                await Service.UpdateAsync(id, Input.Version, Input.ToDetails(), await staff.GetScopeAsync(ct), ct)))
        {
            TempData["StatusMessage"] = "需求清单已保存";
            return RedirectToPage("Details", new { id });
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Number = await Db.DemandLists.Where(d => d.Id == id).Select(d => d.Number).SingleAsync(ct);
        await LoadChoicesAsync(ct);
    }
}
