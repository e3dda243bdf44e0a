using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.Organization;
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

    /// <summary>The collections <paramref name="scope"/> covers, by the same three cases as contracts.</summary>
    public static IQueryable<OfflineCollection> VisibleTo(IQueryable<OfflineCollection> collections, AccessScope scope)
    {
        var staffId = scope.StaffId;
        var departments = scope.DepartmentIds.ToList();
        var shared = scope.SharedCustomerIds.ToList();
        return scope.Level switch
        {
            DataScope.All => collections,
            DataScope.DepartmentSubtree => collections.Where(c => c.OwnerId == staffId || departments.Contains(c.DepartmentId) || shared.Contains(c.CustomerId)),
            DataScope.Own => collections.Where(c => c.OwnerId == staffId || shared.Contains(c.CustomerId)),
        };
    }
}
