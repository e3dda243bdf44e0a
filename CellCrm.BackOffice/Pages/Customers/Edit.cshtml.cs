using CellCrm.BackOffice.Authorization;
using CellCrm.BackOffice.Services;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Customers;

public class EditModel(CellCrmDbContext db, CustomerAccess access, CustomerWriter writer) : PageModel, ICustomerForm
{
    [BindProperty]
    public CustomerInput Input { get; set; } = new();

    public IReadOnlyList<DuplicateNotice> Duplicates { get; private set; } = [];

    public string? CurrentFamilyName { get; private set; }

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, id, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        var customer = await db.Customers.AsNoTracking().Include(c => c.Tags).SingleAsync(c => c.Id == id, ct);
        Input = CustomerInput.From(customer);
        await LoadFamilyNameAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, id, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        if (ModelState.IsValid)
        {
            var customer = await db.Customers.Include(c => c.Tags).SingleAsync(c => c.Id == id, ct);
            var result = await writer.UpdateAsync(customer, Input.Version, Input.ToDraft(), ct);
            if (result.Succeeded)
            {
                TempData["StatusMessage"] = "客户资料已保存";
                return RedirectToPage("Details", new { id });
            }

            ModelState.AddErrors("Input.", result.Errors);
            Duplicates = result.Duplicates;
        }

        await LoadFamilyNameAsync(id, ct);
        return Page();
    }

    private async Task LoadFamilyNameAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        CurrentFamilyName = await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Join(db.FamilyArchives, c => c.FamilyArchiveId, f => f.Id, (c, f) => f.Name)
            .FirstOrDefaultAsync(ct);
    }
}
