using CellCrm.BackOffice.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Customers;

public class CreateModel(CustomerWriter writer) : PageModel, ICustomerForm
{
    [BindProperty]
    public CustomerInput Input { get; set; } = new();

    public IReadOnlyList<DuplicateNotice> Duplicates { get; private set; } = [];

    public string? CurrentFamilyName => null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Family == FamilyChoice.Keep)
        {
            Input.Family = FamilyChoice.New;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.CreateAsync(Input.ToDraft(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors("Input.", result.Errors);
            Duplicates = result.Duplicates;
            return Page();
        }

        TempData["StatusMessage"] = $"已新建客户“{Input.Name?.Trim()}”";
        return RedirectToPage("Details", new { id = result.CustomerId });
    }
}
