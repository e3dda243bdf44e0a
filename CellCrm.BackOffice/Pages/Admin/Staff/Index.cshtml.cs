using CellCrm.BackOffice.Services.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Admin.Staff;

public class IndexModel(StaffListQuery query, DepartmentAdministration departments) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? DepartmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Active { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public StaffListPage Result { get; private set; } = null!;

    public IReadOnlyList<DepartmentNode> Departments { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Keyword) || DepartmentId is not null || !string.IsNullOrEmpty(Role) || Active is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await query.SearchAsync(new StaffListFilter(Keyword, DepartmentId, Role, Active, PageNumber), ct);
        Departments = await departments.TreeAsync(ct);
    }

    public string? PageLink(int pageNumber) =>
        Url.Page("Index", new { Keyword, DepartmentId, Role, Active, PageNumber = pageNumber });
}
