using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>Builds a staff member's <see cref="AccessScope"/> from the data scope an admin chose for them or else
/// their roles' data scopes (the widest wins), their department subtree and the customers shared to them.</summary>
public sealed class AccessScopeResolver(CellCrmDbContext db)
{
    public async Task<AccessScope> ResolveAsync(Guid staffId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var scopes = await db.Roles.AsNoTracking().Where(r => roles.Contains(r.Name!)).Select(r => r.DataScope).ToListAsync(ct);
        var member = await db.Staff.AsNoTracking().Where(s => s.Id == staffId)
            .Join(db.Departments, s => s.DepartmentId, d => d.Id, (s, d) => new { s.DataScope, d.Path }).FirstOrDefaultAsync(ct);
        var level = member?.DataScope ?? (scopes.Count == 0 ? DataScope.Own : scopes.Max());
        var departmentPath = member?.Path;
        var subtree = departmentPath is null
            ? []
            : await db.Departments.AsNoTracking().Where(d => d.Path.StartsWith(departmentPath)).Select(d => d.Id).ToListAsync(ct);
        var shared = await db.CustomerShares.AsNoTracking()
            .Where(s => s.ApplicantId == staffId && (s.Status == CustomerShareStatus.Active || s.Status == CustomerShareStatus.Kept))
            .Select(s => s.CustomerId).ToListAsync(ct);
        return new AccessScope(staffId, level, subtree, shared);
    }
}
