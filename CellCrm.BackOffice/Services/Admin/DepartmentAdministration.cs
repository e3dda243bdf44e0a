using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Admin;

/// <summary>部门管理: the tree and its changes. Each change goes through <see cref="Department"/>'s rules; a stale
/// form (someone else changed the department meanwhile) is refused.</summary>
public sealed class DepartmentAdministration(CellCrmDbContext db)
{
    public const string ConcurrencyMessage = "该部门已被他人修改，请刷新页面后重试";

    public async Task<IReadOnlyList<DepartmentNode>> TreeAsync(CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().ToListAsync(ct);
        var names = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var counts = await db.Staff.AsNoTracking().Where(s => s.IsActive).GroupBy(s => s.DepartmentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var children = departments.ToLookup(d => d.ParentId);
        var result = new List<DepartmentNode>();

        void Walk(Guid? parentId, int depth)
        {
            foreach (var d in children[parentId].OrderBy(d => d.SortOrder).ThenBy(d => d.Name, StringComparer.Ordinal))
            {
                result.Add(new DepartmentNode(d.Id, d.ParentId, d.Name, depth,
                    d.LeaderId, d.LeaderId is { } l ? names.GetValueOrDefault(l) : null, counts.GetValueOrDefault(d.Id), d.Version));
                Walk(d.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return result;
    }

    public async Task<Guid> CreateChildAsync(Guid parentId, string name, CancellationToken ct)
    {
        var parent = await FindAsync(parentId, ct);
        await EnsureUniqueAmongSiblingsAsync(parent.Id, name, null, ct);
        var sortOrder = await db.Departments.Where(d => d.ParentId == parentId).Select(d => (int?)d.SortOrder).MaxAsync(ct) ?? 0;
        var child = parent.AddChild(name, sortOrder + 1);
        db.Departments.Add(child);
        await db.SaveChangesAsync(ct);
        return child.Id;
    }

    public async Task RenameAsync(Guid id, int version, string name, CancellationToken ct)
    {
        var department = await FindAsync(id, version, ct);
        await EnsureUniqueAmongSiblingsAsync(department.ParentId, name, id, ct);
        department.Rename(name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves the department with its whole subtree; never under itself or one of its descendants.</summary>
    public async Task MoveAsync(Guid id, int version, Guid newParentId, CancellationToken ct)
    {
        var department = await FindAsync(id, version, ct);
        var newParent = await db.Departments.FirstOrDefaultAsync(d => d.Id == newParentId, ct)
            ?? throw new DomainException("请选择新的上级部门", "ParentId");
        var oldPath = department.Path;
        department.MoveUnder(newParent);
        await EnsureUniqueAmongSiblingsAsync(newParent.Id, department.Name, id, ct);
        var descendants = await db.Departments.Where(d => d.Path.StartsWith(oldPath) && d.Id != id).ToListAsync(ct);
        foreach (var d in descendants)
        {
            d.RebaseUnder(oldPath, department.Path);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task AppointLeaderAsync(Guid id, int version, Guid? staffId, CancellationToken ct)
    {
        var department = await FindAsync(id, version, ct);
        if (staffId is not { } leaderId)
        {
            department.ClearLeader();
        }
        else
        {
            var staff = await db.Staff.FirstOrDefaultAsync(s => s.Id == leaderId, ct)
                ?? throw new DomainException("请选择负责人", "LeaderId");
            var staffDepartment = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == staff.DepartmentId, ct);
            department.AppointLeader(staff, staffDepartment);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Guid id, int version, CancellationToken ct)
    {
        var department = await FindAsync(id, version, ct);
        var contents = new DepartmentContents(
            await db.Staff.CountAsync(s => s.DepartmentId == id, ct),
            await db.Customers.CountAsync(c => c.DepartmentId == id, ct),
            await db.Departments.CountAsync(d => d.ParentId == id, ct));
        department.EnsureCanDelete(contents);
        db.Departments.Remove(department);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who may lead the department: active staff of it or of a department above it.</summary>
    public async Task<IReadOnlyList<StaffChoice>> LeaderChoicesAsync(Guid id, CancellationToken ct)
    {
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == id, ct);
        var lineage = department.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => Guid.ParseExact(p, "N")).ToList();
        return await db.Staff.AsNoTracking().Where(s => s.IsActive && lineage.Contains(s.DepartmentId))
            .OrderBy(s => s.Name).Select(s => new StaffChoice(s.Id, s.Name)).ToListAsync(ct);
    }

    private async Task<Department> FindAsync(Guid id, CancellationToken ct) =>
        await db.Departments.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new DomainException("部门不存在或已被删除");

    private async Task<Department> FindAsync(Guid id, int version, CancellationToken ct)
    {
        var department = await FindAsync(id, ct);
        if (department.Version != version)
        {
            throw new DomainException(ConcurrencyMessage);
        }

        db.Entry(department).Property(d => d.Version).OriginalValue = version;
        return department;
    }

    private async Task EnsureUniqueAmongSiblingsAsync(Guid? parentId, string name, Guid? except, CancellationToken ct)
    {
        var trimmed = name?.Trim() ?? "";
        if (await db.Departments.AnyAsync(d => d.ParentId == parentId && d.Name == trimmed && d.Id != except, ct))
        {
            throw new DomainException($"同一上级下已有名为“{trimmed}”的部门", "Name");
        }
    }
}
