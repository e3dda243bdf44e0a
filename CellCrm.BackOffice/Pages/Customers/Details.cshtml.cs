using CellCrm.BackOffice.Authorization;
using CellCrm.BackOffice.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Customers;

public class DetailsModel(CustomerAccess access, CustomerDetailsQuery query, FollowUpWriter followUps, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public FollowUpInput FollowUp { get; set; } = new();

    public CustomerDetailsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, id, CustomerOperations.View, ct)) is { } refusal)
        {
            return refusal;
        }

        View = await query.LoadAsync(id, await staff.GetScopeAsync(ct), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, id, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        if (ModelState.IsValid)
        {
            var error = await followUps.AddAsync(id, FollowUp.Type, FollowUp.Content!, FollowUp.NextAtInstant, ct);
            if (error is null)
            {
                TempData["StatusMessage"] = "已添加跟进记录";
                return Redirect(Url.Page("Details", new { id }) + "#followups");
            }

            ModelState.AddErrors("FollowUp.", [error]);
        }

        View = await query.LoadAsync(id, await staff.GetScopeAsync(ct), ct);
        return Page();
    }
}
