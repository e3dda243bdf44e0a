using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.OfflineCollections;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.OfflineCollections;

/// <summary>线下收款: the collections of contracts in the viewer's data scope (finance: all), newest receipt first,
/// filtered by contract number or payer, status, method and receipt dates, with the count 待核对.</summary>
[Authorize(Policy = OfflineCollectionPages.ReadPolicy)]
public class IndexModel(CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public OfflineCollectionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public OfflineMethod? Method { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool LateOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    /// <summary>待核对 in the viewer's scope, whatever the filters.</summary>
    public int PendingCheckCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var scope = await staff.GetScopeAsync(ct);
        var visible = db.OfflineCollections.AsNoTracking().VisibleTo(scope);
        PendingCheckCount = await visible.CountAsync(c => c.Status == OfflineCollectionStatus.PendingCheck, ct);
        var query = visible;
        if (!string.IsNullOrWhiteSpace(Keyword))
        {
            var keyword = Keyword.Trim();
            query = query.Where(c => c.ContractNumber.StartsWith(keyword) || c.Payer.Contains(keyword));
        }

        if (Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (Method is { } method)
        {
            query = query.Where(c => c.Method == method);
        }

        if (From is { } from)
        {
            query = query.Where(c => c.ReceivedOn >= from);
        }

        if (To is { } to)
        {
            query = query.Where(c => c.ReceivedOn <= to);
        }

        if (LateOnly)
        {
            query = query.Where(c => c.IsLate);
        }

        var rows = await query.Join(db.Customers, c => c.CustomerId, x => x.Id, (c, x) => new { Collection = c, x.Name })
            .OrderByDescending(x => x.Collection.ReceivedOn).ThenByDescending(x => x.Collection.CreatedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = [.. rows.Take(PageSize).Select(x => new Row(x.Collection.Id, x.Name, x.Collection.ContractNumber, x.Collection.MethodLabel,
            x.Collection.ReceivedOn, x.Collection.AmountFen, x.Collection.Status, x.Collection.IsLate, x.Collection.EnteredByName, x.Collection.CheckerName))];
    }

    public sealed record Row(Guid Id, string Customer, string ContractNumber, string Method, DateOnly ReceivedOn, long AmountFen,
        OfflineCollectionStatus Status, bool IsLate, string EnteredBy, string? Checker);
}
