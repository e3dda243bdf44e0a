using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Contracts;

/// <summary>Who may open a 优惠申请 and its 证明材料: staff whose data scope covers its customer, and the approvers its
/// approval was assigned to (they judge the discount, whatever their scope).</summary>
public sealed class DiscountApplicationAccess(CellCrmDbContext db, ICurrentStaff staff)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid applicationId, CancellationToken ct)
    {
        var customerId = await db.DiscountApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => (Guid?)a.CustomerId).FirstOrDefaultAsync(ct);
        if (customerId is null)
        {
            return CustomerAccessResult.NotFound;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new { c.OwnerId, c.DepartmentId }).FirstAsync(ct);
        var scope = await staff.GetScopeAsync(ct);
        if (scope.Covers(customerId.Value, customer.OwnerId, customer.DepartmentId))
        {
            return CustomerAccessResult.Allowed;
        }

        var requests = db.ApprovalRequests.Where(r => r.SubjectId == applicationId).Select(r => r.Id);
        var assigned = await db.ApprovalAssignees.AnyAsync(a => requests.Contains(a.RequestId) && a.StaffId == staff.Id, ct);
        return assigned ? CustomerAccessResult.Allowed : CustomerAccessResult.Denied;
    }
}
