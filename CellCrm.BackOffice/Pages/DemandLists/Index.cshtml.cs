using CellCrm.BackOffice.Services;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>需求清单 list within the viewer's data scope (and those assigned to them as expert), with the filters of
/// SPEC §3.2: tag, recipient, cell source, intended product, owner, review status.</summary>
public class IndexModel(CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public DemandReviewStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public CellSource? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public IntendedCellProduct? Product { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Owner { get; set; }

    /// <summary>Only the lists waiting for me as medical expert.</summary>
    [BindProperty(SupportsGet = true)]
    public bool AsExpert { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Owners { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Keyword) || !string.IsNullOrWhiteSpace(Tag) || Status is not null
        || Source is not null || Product is not null || Owner is not null || AsExpert;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var scope = await staff.GetScopeAsync(ct);
        var lists = db.DemandLists.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(Keyword))
        {
            var keyword = Keyword.Trim();
            lists = lists.Where(d => d.Number == keyword || db.Customers.Any(c => c.Id == d.RecipientId && c.Name.StartsWith(keyword)));
        }

        if (!string.IsNullOrWhiteSpace(Tag))
        {
            var tag = Tag.Trim();
            lists = lists.Where(d => db.CustomerTags.Any(t => t.CustomerId == d.RecipientId && t.Name == tag));
        }

        if (Status is { } status) lists = lists.Where(d => d.ReviewStatus == status);
        if (Source is { } source) lists = lists.Where(d => d.CellSource == source);
        if (Product is { } product) lists = lists.Where(d => d.IntendedProduct == product);
        if (Owner is { } owner) lists = lists.Where(d => d.OwnerId == owner);
        if (AsExpert)
        {
            var me = staff.Id;
            lists = lists.Where(d => d.MedicalExpertId == me);
        }

        // One row more than the page tells whether a next page exists, without counting the whole table.
        var rows = await lists.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(d => new Row(d.Id, d.Number,
                db.Customers.Where(c => c.Id == d.RecipientId).Select(c => c.Name).FirstOrDefault() ?? "—",
                d.CellSource, d.IntendedProduct, d.MedicalExpertName,
                db.Staff.Where(s => s.Id == d.OwnerId).Select(s => s.Name).FirstOrDefault() ?? "—",
                d.ReviewStatus, d.Stage, d.CreatedAt))
            .ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();

        var visibleOwners = db.DemandLists.AsNoTracking().VisibleTo(scope).Select(d => d.OwnerId).Distinct();
        Owners = (await db.Staff.AsNoTracking().Where(s => visibleOwners.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
    }

    public string PageLink(int page) => Url.Page("Index", new { Keyword, Tag, Status, Source, Product, Owner, AsExpert, p = page })!;

    public sealed record Row(Guid Id, string Number, string Recipient, CellSource Source, IntendedCellProduct Product, string Expert,
        string Owner, DemandReviewStatus Status, PlanStage Stage, DateTimeOffset CreatedAt);
}
