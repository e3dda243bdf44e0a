using CellCrm.BackOffice.Services;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>合同/订单 list within the viewer's data scope, with filters (number/customer, status, business type,
/// order type, owner) and paging.</summary>
public class IndexModel(CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContractStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContractBusinessType? Business { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContractOrderType? OrderType { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Owners { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Keyword) || Status is not null || Business is not null || OrderType is not null || Owner is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var scope = await staff.GetScopeAsync(ct);
        var contracts = db.Contracts.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(Keyword))
        {
            var keyword = Keyword.Trim();
            contracts = contracts.Where(c => c.Number == keyword || db.Customers.Any(x => x.Id == c.CustomerId && x.Name.StartsWith(keyword)));
        }

        if (Status is { } status) contracts = contracts.Where(c => c.Status == status);
        if (Business is { } business) contracts = contracts.Where(c => c.BusinessType == business);
        if (OrderType is { } type) contracts = contracts.Where(c => c.OrderType == type);
        if (Owner is { } owner) contracts = contracts.Where(c => c.OwnerId == owner);

        // One row more than the page tells whether a next page exists, without counting the whole table.
        var rows = await contracts.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new Row(c.Id, c.Number, db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).FirstOrDefault() ?? "—",
                c.BusinessType, c.OrderType, c.AmountFen, c.Status,
                db.Staff.Where(s => s.Id == c.OwnerId).Select(s => s.Name).FirstOrDefault() ?? "—", c.SignedOn, c.CreatedAt))
            .ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();

        var visibleOwners = db.Contracts.AsNoTracking().VisibleTo(scope).Select(c => c.OwnerId).Distinct();
        Owners = (await db.Staff.AsNoTracking().Where(s => visibleOwners.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
    }

    public string PageLink(int page) => Url.Page("Index", new { Keyword, Status, Business, OrderType, Owner, p = page })!;

    public sealed record Row(Guid Id, string Number, string Customer, ContractBusinessType Business, ContractOrderType OrderType, long AmountFen,
        ContractStatus Status, string Owner, DateTimeOffset? SignedOn, DateTimeOffset CreatedAt);
}
