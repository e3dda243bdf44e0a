using CellCrm.BackOffice.Services.Invoices;
using CellCrm.Domain.Invoices;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Invoices;

/// <summary>开票申请 list: the viewer's own and those on contracts in their scope (finance: all, 待开票 first to work on).</summary>
public class IndexModel(InvoiceAccess access, CellCrmDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public InvoiceApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var applications = await access.VisibleAsync(ct);
        if (Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        var rows = await applications.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new Row(a.Id, a.Number, db.Contracts.Where(c => c.Id == a.ContractId).Select(c => c.Number).FirstOrDefault() ?? "—",
                db.Customers.Where(c => c.Id == a.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "—", a.TitleType, a.Title, a.AmountFen, a.Status,
                a.InvoiceNumber, db.Staff.Where(s => s.Id == a.ApplicantId).Select(s => s.Name).FirstOrDefault() ?? "—", a.CreatedAt))
            .ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public sealed record Row(Guid Id, string Number, string Contract, string Customer, InvoiceTitleType TitleType, string Title, long AmountFen,
        InvoiceApplicationStatus Status, string? InvoiceNumber, string Applicant, DateTimeOffset CreatedAt);
}
