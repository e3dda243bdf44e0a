using CellCrm.BackOffice.Services.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Admin.Departments;

public class IndexModel(DepartmentAdministration departments) : PageModel
{
    public IReadOnlyList<DepartmentNode> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tree = await departments.TreeAsync(ct);
}
