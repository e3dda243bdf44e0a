using CellCrm.BackOffice.Services;
using CellCrm.Domain.Customers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Customers;

public class IndexModel(CustomerListQuery query, ICurrentStaff staff, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public CustomerListPage Result { get; private set; } = null!;

    public IReadOnlyList<StaffChoice> Owners { get; private set; } = [];

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public bool Filtered => !string.IsNullOrWhiteSpace(Keyword) || !string.IsNullOrWhiteSpace(Tag) || Owner is not null || PageNumber > 1;

    /// <summary>Mobile and ID numbers are stored encrypted: only a whole number can be found.</summary>
    public bool SearchedByNumber => Result.KeywordKind is CustomerKeywordKind.Mobile or CustomerKeywordKind.IdNumber or CustomerKeywordKind.IncompleteNumber;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        Owners = await query.OwnerChoicesAsync(scope, ct);
        Result = await query.SearchAsync(new CustomerListFilter(Keyword, Tag, Owner, PageNumber), scope, ct, Owners);
    }

    public string? PageLink(int pageNumber) =>
        Url.Page("Index", new { Keyword, Tag, Owner, PageNumber = pageNumber });
}
