using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Admin;

public sealed class StaffListQuery(CellCrmDbContext db, TimeProvider clock)
{
    public async Task<StaffListPage> SearchAsync(StaffListFilter filter, CancellationToken ct)
    {
        var pageNumber = Math.Max(1, filter.PageNumber);
        var query = from s in db.Staff.AsNoTracking()
                    join a in db.Users.AsNoTracking() on s.Id equals a.Id
                    select new { Staff = s, a.UserName, a.LockoutEnd };

        var keyword = filter.Keyword?.Trim();
        if (!string.IsNullOrEmpty(keyword))
        {
            if (MobileNumber.Validate(keyword) is null)
            {
                var hash = db.Protector.LookupHash(MobileNumber.Normalize(keyword));
                query = query.Where(x => EF.Property<string>(x.Staff, StaffMemberConfiguration.MobileHash) == hash);
            }
            else
            {
                query = query.Where(x => x.Staff.Name.Contains(keyword) || x.UserName!.Contains(keyword));
            }
        }

        if (filter.DepartmentId is { } departmentId)
        {
            var path = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Path).FirstOrDefaultAsync(ct) ?? "-";
            var subtree = db.Departments.Where(d => d.Path.StartsWith(path)).Select(d => d.Id);
            query = query.Where(x => subtree.Contains(x.Staff.DepartmentId));
        }

        if (!string.IsNullOrEmpty(filter.Role))
        {
            var members = from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == filter.Role
                          select ur.UserId;
            query = query.Where(x => members.Contains(x.Staff.Id));
        }

        if (filter.Active is { } active)
        {
            query = query.Where(x => x.Staff.IsActive == active);
        }

        var rows = await query.OrderBy(x => x.Staff.Name).ThenBy(x => x.UserName)
            .Skip((pageNumber - 1) * StaffListPage.PageSize).Take(StaffListPage.PageSize + 1).ToListAsync(ct);
        var ids = rows.Select(r => r.Staff.Id).ToList();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = clock.GetUtcNow();

        return new StaffListPage(rows.Take(StaffListPage.PageSize).Select(x => new StaffListRow(
            x.Staff.Id,
            x.UserName ?? "",
            x.Staff.Name,
            Masking.Mobile(x.Staff.Mobile),
            departments.GetValueOrDefault(x.Staff.DepartmentId, ""),
            AccountAudit.RoleNames(roles[x.Staff.Id]),
            x.Staff.DataScope is { } scope ? StaffRoles.ScopeLabel(scope) : "按角色",
            x.Staff.IsActive,
            x.LockoutEnd is { } end && end > now)).ToList(), pageNumber, rows.Count > StaffListPage.PageSize);
    }
}
