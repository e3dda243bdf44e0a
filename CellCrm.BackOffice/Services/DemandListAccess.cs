using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services;

/// <summary>Who may open a demand list: staff whose data scope covers it (owner, department subtree, shared
/// recipient, or everything) and the medical expert it is assigned to. Checked by every handler.</summary>
public sealed class DemandListAccess(CellCrmDbContext db, ICurrentStaff staff)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid id, CancellationToken ct)
    {
        var record = await db.DemandLists.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.RecipientId, d.OwnerId, d.DepartmentId, d.MedicalExpertId })
            .FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return CustomerAccessResult.NotFound;
        }

        if (record.MedicalExpertId == staff.Id)
        {
            return CustomerAccessResult.Allowed;
        }

        var scope = await staff.GetScopeAsync(ct);
        return scope.Covers(record.RecipientId, record.OwnerId, record.DepartmentId) ? CustomerAccessResult.Allowed : CustomerAccessResult.Denied;
    }
}
