using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Payments;

/// <summary>收款记录: payments received online for customers in the viewer's data scope; those needing a refund stand out.</summary>
[Authorize(Policy = PaymentPages.Policy)]
public class ReceivedModel(CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var scope = await staff.GetScopeAsync(ct);
        var customers = db.Customers.AsNoTracking().VisibleTo(scope);
        var rows = await db.Payments.AsNoTracking()
            .Join(customers, p => p.CustomerId, c => c.Id, (p, c) => new { Payment = p, c.Name })
            .Join(db.PaymentLinks, x => x.Payment.PaymentLinkId, l => l.Id, (x, l) => new { x.Payment, x.Name, l.Reason })
            .OrderByDescending(x => x.Payment.PaidAt).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).Select(x => new Row(x.Payment.Id, x.Payment.PaymentLinkId, x.Name, x.Reason, x.Payment.AmountFen, x.Payment.PaidAt,
            x.Payment.TransactionId, x.Payment.Source, x.Payment.RequiresRefund, x.Payment.Note)).ToList();
    }

    public sealed record Row(Guid Id, Guid LinkId, string Customer, string Reason, long AmountFen, DateTimeOffset PaidAt, string TransactionId,
        PaymentSource Source, bool RequiresRefund, string? Note);
}
