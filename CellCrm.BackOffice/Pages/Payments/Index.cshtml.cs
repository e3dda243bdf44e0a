using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Payments;

/// <summary>线上收款: the payment links of customers in the viewer's data scope, newest first, by state.</summary>
[Authorize(Policy = PaymentPages.Policy)]
public class IndexModel(CellCrmDbContext db, ICurrentStaff staff, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public PaymentLinkState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var now = clock.GetUtcNow();
        var scope = await staff.GetScopeAsync(ct);
        var customers = db.Customers.AsNoTracking().VisibleTo(scope);
        var links = db.PaymentLinks.AsNoTracking().Join(customers, l => l.CustomerId, c => c.Id, (l, c) => new { Link = l, c.Name });
        if (!string.IsNullOrWhiteSpace(Keyword))
        {
            var keyword = Keyword.Trim();
            links = links.Where(x => x.Name.StartsWith(keyword) || x.Link.Reason.Contains(keyword));
        }

        links = State switch
        {
            null => links,
            // A pending link past its date reads as expired before the reconciliation job records it.
            PaymentLinkState.Pending => links.Where(x => x.Link.State == PaymentLinkState.Pending && x.Link.ExpiresAt > now),
            PaymentLinkState.Expired => links.Where(x => x.Link.State == PaymentLinkState.Expired
                || (x.Link.State == PaymentLinkState.Pending && x.Link.ExpiresAt <= now)),
            var s => links.Where(x => x.Link.State == s),
        };
        var rows = await links.OrderByDescending(x => x.Link.SentAt).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).Select(x => new Row(x.Link.Id, x.Name, x.Link.Reason, x.Link.AmountFen, x.Link.StateAt(now),
            x.Link.SentAt, x.Link.ExpiresAt, x.Link.PaidAt, x.Link.CreatedByName)).ToList();
    }

    public sealed record Row(Guid Id, string Customer, string Reason, long AmountFen, PaymentLinkState State, DateTimeOffset SentAt,
        DateTimeOffset ExpiresAt, DateTimeOffset? PaidAt, string SentBy);
}
