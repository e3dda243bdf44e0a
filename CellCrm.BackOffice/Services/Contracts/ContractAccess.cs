using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Contracts;

/// <summary>Who may open a contract: staff whose data scope covers it (owner, department subtree, a customer
/// shared to them, or everything). Checked by every handler, whatever the menus show.</summary>
public sealed class ContractAccess(CellCrmDbContext db, ICurrentStaff staff)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid id, CancellationToken ct)
    {
        var record = await db.Contracts.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.CustomerId, c.OwnerId, c.DepartmentId }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return CustomerAccessResult.NotFound;
        }

        var scope = await staff.GetScopeAsync(ct);
        return scope.Covers(record.CustomerId, record.OwnerId, record.DepartmentId) ? CustomerAccessResult.Allowed : CustomerAccessResult.Denied;
    }
}
