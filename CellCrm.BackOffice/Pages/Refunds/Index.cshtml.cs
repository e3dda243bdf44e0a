using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Refunds;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Refunds;

/// <summary>退款申请 list within the viewer's data scope (through the contracts it covers), newest first, account
/// numbers masked.</summary>
[Authorize(Policy = RefundPages.ReadPolicy)]
public class IndexModel(CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public RefundApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var contracts = db.Contracts.AsNoTracking().VisibleTo(await staff.GetScopeAsync(ct));
        var query = db.RefundApplications.AsNoTracking().Where(a => contracts.Any(c => c.Id == a.ContractId));
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        var page = await query.OrderByDescending(a => a.CreatedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new
            {
                a.Id, a.Number, a.Status, a.CreatedAt, a.ApplicantName, a.AccountNumber,
                Customer = db.Customers.Where(c => c.Id == a.CustomerId).Select(c => c.Name).FirstOrDefault(),
                Contract = db.Contracts.Where(c => c.Id == a.ContractId).Select(c => c.Number).FirstOrDefault(),
                Total = a.Lines.Sum(l => l.AmountFen),
            }).ToListAsync(ct);
        HasNext = page.Count > PageSize;
        Rows = [.. page.Take(PageSize).Select(a => new Row(a.Id, a.Number, a.Customer ?? "—", a.Contract ?? "—", a.Total, a.Status,
            RefundAccount.Mask(a.AccountNumber), a.ApplicantName, a.CreatedAt))];
    }

    public sealed record Row(Guid Id, string Number, string Customer, string Contract, long TotalFen, RefundApplicationStatus Status,
        string MaskedAccount, string Applicant, DateTimeOffset CreatedAt);
}
