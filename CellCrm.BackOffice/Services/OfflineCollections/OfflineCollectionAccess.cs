using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.OfflineCollections;

/// <summary>An offline collection is seen by whoever may see its contract: the contract's owner, department subtree,
/// a customer shared to the viewer, or everything.</summary>
public sealed class OfflineCollectionAccess(CellCrmDbContext db, ICurrentStaff staff)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid id, CancellationToken ct)
    {
        var record = await db.OfflineCollections.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.CustomerId, c.OwnerId, c.DepartmentId }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return CustomerAccessResult.NotFound;
        }

        var scope = await staff.GetScopeAsync(ct);
        return scope.Covers(record.CustomerId, record.OwnerId, record.DepartmentId) ? CustomerAccessResult.Allowed : CustomerAccessResult.Denied;
    }
}
