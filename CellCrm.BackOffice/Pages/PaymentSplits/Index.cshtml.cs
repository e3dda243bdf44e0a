using CellCrm.BackOffice.Services.PaymentSplits;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.PaymentSplits;

/// <summary>回款拆单 list: the viewer's own splits and those of customers in their data scope.</summary>
public class IndexModel(PaymentSplitAccess access, CellCrmDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public PaymentSplitStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var splits = await access.VisibleAsync(ct);
        if (Status is { } status)
        {
            splits = splits.Where(s => s.Status == status);
        }

        var rows = await splits.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(s => new Row(s.Id, s.Number, db.Customers.Where(c => c.Id == s.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "—",
                db.Contracts.Where(c => c.Id == s.ContractId).Select(c => c.Number).FirstOrDefault(), s.SourceKind, s.ReceivedFen, s.ReceivedAt,
                s.Lines.Count, s.Status, db.Staff.Where(x => x.Id == s.ApplicantId).Select(x => x.Name).FirstOrDefault() ?? "—", s.CreatedAt))
            .ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public sealed record Row(Guid Id, string Number, string Customer, string? Contract, SplitSourceKind Kind, long ReceivedFen, DateTimeOffset ReceivedAt,
        int LineCount, PaymentSplitStatus Status, string Applicant, DateTimeOffset CreatedAt);
}
