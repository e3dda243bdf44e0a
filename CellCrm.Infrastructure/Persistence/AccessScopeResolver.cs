using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.AccessScopes;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>Builds a staff member's <see cref="AccessScope"/> from the data scope an admin chose for them or else
/// their roles' data scopes (the widest wins), their department subtree and the customers shared to them. Roles are
/// read from the database, not from the sign-in cookie, so a role change narrows the scope at once.</summary>
public sealed class AccessScopeResolver(CellCrmDbContext db)
{
    public async Task<AccessScope> ResolveAsync(Guid staffId, CancellationToken ct) => (await LoadAsync(staffId, ct)).ToScope();

    public async Task<StaffAccess> LoadAsync(Guid staffId, CancellationToken ct)
    {
        var roles = await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == staffId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { r.Name, r.DataScope }).ToListAsync(ct);
        var member = await db.Staff.AsNoTracking().Where(s => s.Id == staffId)
            .Join(db.Departments, s => s.DepartmentId, d => d.Id, (s, d) => new
            {
                s.DataScope, s.IsActive, s.Name, d.Path,
                Stamp = db.Users.Where(u => u.Id == staffId).Select(u => u.SecurityStamp).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        var level = member?.DataScope ?? (roles.Count == 0 ? DataScope.Own : roles.Max(r => r.DataScope));
        var departmentPath = member?.Path;
        var subtree = departmentPath is null
            ? []
            : await db.Departments.AsNoTracking().Where(d => d.Path.StartsWith(departmentPath)).Select(d => d.Id).ToListAsync(ct);
        var shared = await db.CustomerShares.AsNoTracking()
            .Where(s => s.ApplicantId == staffId && (s.Status == CustomerShareStatus.Active || s.Status == CustomerShareStatus.Kept))
            .Select(s => s.CustomerId).ToListAsync(ct);
        var roleNames = roles.Select(r => r.Name!).Order(StringComparer.Ordinal).ToList();
        return new StaffAccess(staffId, member?.IsActive == true, member?.Stamp, member?.Name ?? "", roleNames, level, subtree, shared);
    }
}
