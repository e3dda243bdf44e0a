using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services.PaymentSplits;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.PaymentSplits;

/// <summary>回款拆单详情: the receipt, each line with what refunds took back, and the approval timeline.</summary>
public class DetailsModel(PaymentSplitAccess access, CellCrmDbContext db) : PageModel
{
    public PaymentSplit Split { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    public string? ContractNumber { get; private set; }

    public string ApplicantName { get; private set; } = "";

    public ApprovalRequest? Approval { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        Split = await db.PaymentSplits.AsNoTracking().Include(s => s.Lines).Include(s => s.Reversals).AsSplitQuery().FirstAsync(s => s.Id == id, ct);
        CustomerName = await db.Customers.AsNoTracking().Where(c => c.Id == Split.CustomerId).Select(c => c.Name).FirstAsync(ct);
        ContractNumber = Split.ContractId is { } contract ? await db.Contracts.AsNoTracking().Where(c => c.Id == contract).Select(c => c.Number).FirstOrDefaultAsync(ct) : null;
        ApplicantName = await db.Staff.AsNoTracking().Where(s => s.Id == Split.ApplicantId).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "—";
        Approval = await db.ApprovalRequests.AsNoTracking().Include(r => r.Actions)
            .Where(r => r.BusinessType == ApprovalBusinessType.PaymentSplit && r.SubjectId == id).OrderByDescending(r => r.SubmittedAt).FirstOrDefaultAsync(ct);
        return Page();
    }
}
