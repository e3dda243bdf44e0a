using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.DemandReports;

/// <summary>Who may see and handle a demand list's reports: whoever may open the list sees them (data scope, or
/// the list's medical expert); customer-facing roles whose data scope covers the list also upload on the customer's
/// behalf, remove, complete and reopen.</summary>
public sealed class DemandReportAccess(CellCrmDbContext db, ICurrentStaff staff)
{
    public static readonly string[] ManagingRoles =
    [
        StaffRoles.Admin, StaffRoles.Advisor, StaffRoles.TeamLeader, StaffRoles.RegionalManager, StaffRoles.DivisionLeader,
        StaffRoles.CustomerService,
    ];

    public async Task<ReportRight> CheckAsync(Guid listId, CancellationToken ct)
    {
        var record = await db.DemandLists.AsNoTracking().Where(d => d.Id == listId)
            .Select(d => new { d.RecipientId, d.OwnerId, d.DepartmentId, d.MedicalExpertId })
            .FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return ReportRight.NotFound;
        }

        var scope = await staff.GetScopeAsync(ct);
        if (scope.Covers(record.RecipientId, record.OwnerId, record.DepartmentId))
        {
            return ManagingRoles.Any(staff.IsInRole) ? ReportRight.Manage : ReportRight.View;
        }

        return record.MedicalExpertId == staff.Id ? ReportRight.View : ReportRight.Denied;
    }
}
