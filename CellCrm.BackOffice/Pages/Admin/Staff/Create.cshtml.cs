using CellCrm.BackOffice.Services.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Admin.Staff;

public class CreateModel(StaffAdministration staff, DepartmentAdministration departments) : PageModel, IStaffForm
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public IReadOnlyList<DepartmentNode> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Departments = await departments.TreeAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "请设置初始密码");
        }

        if (ModelState.IsValid)
        {
            var result = await staff.CreateAsync(Input.ToDraft(), Input.Password!, ct);
            if (result.Succeeded)
            {
                TempData["StatusMessage"] = $"员工“{Input.Name}”已创建，可用登录名 {Input.UserName} 登录";
                return RedirectToPage("Edit", new { id = result.Id });
            }

            ModelState.AddFieldErrors(result.Errors);
        }

        Departments = await departments.TreeAsync(ct);
        return Page();
    }
}
