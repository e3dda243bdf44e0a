using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DiscountApplications;

/// <summary>优惠申请 list in the viewer's scope (by applicant and department), with the approval behind each.</summary>
public class IndexModel(CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public DiscountApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var scope = await staff.GetScopeAsync(ct);
        var me = scope.StaffId;
        var departments = scope.DepartmentIds.ToList();
        var applications = db.DiscountApplications.AsNoTracking();
        applications = scope.Level switch
        {
            DataScope.All => applications,
            DataScope.DepartmentSubtree => applications.Where(a => a.ApplicantId == me || departments.Contains(a.DepartmentId)),
            DataScope.Own => applications.Where(a => a.ApplicantId == me),
        };
        if (Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        var rows = await applications.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new Row(a.Id, a.Number, db.Customers.Where(c => c.Id == a.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "—",
                a.PolicyName, a.AmountBeforeFen, a.DiscountFen, a.Status,
                db.Staff.Where(s => s.Id == a.ApplicantId).Select(s => s.Name).FirstOrDefault() ?? "—", a.CreatedAt,
                db.ApprovalRequests.Where(r => r.BusinessType == ApprovalBusinessType.DiscountApplication && r.SubjectId == a.Id).Select(r => (Guid?)r.Id).FirstOrDefault(),
                db.Contracts.Where(c => c.Id == a.UsedByContractId).Select(c => c.Number).FirstOrDefault()))
            .ToListAsync(ct);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public string PageLink(int page) => Url.Page("Index", new { Status, p = page })!;

    public sealed record Row(Guid Id, string Number, string Customer, string Policy, long AmountBeforeFen, long DiscountFen,
        DiscountApplicationStatus Status, string Applicant, DateTimeOffset CreatedAt, Guid? ApprovalId, string? ContractNumber);
}
