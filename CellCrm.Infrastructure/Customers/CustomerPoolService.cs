using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Customers;

/// <summary>客户公海 (seed 002 §2.3–2.5): release, claim ("分配给我"), assign by leaders, direct assign, and the
/// recycle bin. Each customer of a bulk action is its own unit of work, so one refusal does not undo the others.</summary>
public sealed class CustomerPoolService(CellCrmDbContext db, ApprovalService approvals, CustomerUsage usage, TimeProvider clock)
{
    /// <summary>释放: owners and their leaders send customers to the pool.</summary>
    public Task<PoolResult> ReleaseAsync(IReadOnlyCollection<Guid> ids, AccessScope scope, CancellationToken ct) =>
        ForEachAsync(ids, ct, async customer =>
        {
            if (!scope.Covers(Guid.Empty, customer.OwnerId, customer.DepartmentId))
            {
                throw new DomainException($"您无权释放客户“{customer.Name}”");
            }

            customer.ReleaseToPool(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return false;
        });

    /// <summary>分配给我 (claimant == actor), 分配 by a leader, or 直接分配 (no approval) for the special permission.</summary>
    public async Task<PoolResult> AssignAsync(IReadOnlyCollection<Guid> ids, StaffRef actor, IReadOnlyCollection<string> actorRoles,
        Guid newOwnerId, bool direct, CancellationToken ct)
    {
        var owner = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == newOwnerId && s.IsActive, ct)
            ?? throw new DomainException("请选择有效的负责人", "NewOwnerId");
        if (direct && !StaffPermissions.CanDirectAssign(actorRoles))
        {
            throw new DomainException("您没有直接分配的权限");
        }

        if (newOwnerId != actor.Id && !direct)
        {
            await RequireLeaderOfAsync(actor.Id, actorRoles, owner.DepartmentId, ct);
        }

        var actorDepartment = await db.Staff.Where(s => s.Id == actor.Id).Select(s => s.DepartmentId).FirstAsync(ct);
        return await ForEachAsync(ids, ct, async customer =>
        {
            if (direct || !customer.ClaimNeedsApproval(owner.DepartmentId))
            {
                customer.AssignFromPool(owner.Id, owner.DepartmentId);
                await db.SaveChangesAsync(ct);
                return false;
            }

            var claim = new PoolClaim(customer.Id, owner.Id, owner.DepartmentId, actor.Id, clock.GetUtcNow());
            customer.BeginClaim(claim.Id);
            db.PoolClaims.Add(claim);
            await approvals.SubmitAsync(new ApprovalSubmission(ApprovalBusinessType.PoolClaim, claim.Id,
                $"公海客户分配：{customer.Name} → {owner.Name}", actor, actorDepartment, customer.PreviousDepartmentId), ct);
            return true;
        });
    }

    /// <summary>删除 to the recycle bin; refused for customers any business record uses.</summary>
    public Task<PoolResult> RecycleAsync(IReadOnlyCollection<Guid> ids, StaffRef actor, AccessScope scope, CancellationToken ct) =>
        ForEachAsync(ids, ct, async customer =>
        {
            var inScope = customer.Status == CustomerStatus.InPool
                ? scope.Level != DataScope.Own
                : scope.Covers(Guid.Empty, customer.OwnerId, customer.DepartmentId);
            if (!inScope)
            {
                throw new DomainException($"您无权删除客户“{customer.Name}”");
            }

            customer.MoveToRecycleBin(actor.Id, await usage.IsUsedAsync(customer.Id, ct), clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return false;
        });

    /// <summary>恢复: by whoever deleted the customer, or an administrator.</summary>
    public Task<PoolResult> RestoreAsync(IReadOnlyCollection<Guid> ids, StaffRef actor, bool isAdministrator, CancellationToken ct) =>
        ForEachAsync(ids, ct, async customer =>
        {
            if (!isAdministrator && customer.RecycledById != actor.Id)
            {
                throw new DomainException($"客户“{customer.Name}”不是您删除的，不能恢复");
            }

            customer.Restore();
            await db.SaveChangesAsync(ct);
            return false;
        });

    private async Task RequireLeaderOfAsync(Guid actorId, IReadOnlyCollection<string> roles, Guid departmentId, CancellationToken ct)
    {
        if (!StaffPermissions.IsLeader(roles))
        {
            throw new DomainException("只有组长及以上可以把客户分配给他人");
        }

        var actorPath = await db.Staff.Where(s => s.Id == actorId).Join(db.Departments, s => s.DepartmentId, d => d.Id, (s, d) => d.Path).FirstAsync(ct);
        var targetPath = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Path).FirstAsync(ct);
        if (!roles.Contains(StaffRoles.Admin) && !targetPath.StartsWith(actorPath, StringComparison.Ordinal))
        {
            throw new DomainException("只能分配给本部门（含下级部门）的员工");
        }
    }

    /// <summary>Runs <paramref name="action"/> per customer (true = sent for approval); a refusal is collected
    /// and that customer's unsaved changes are discarded.</summary>
    private async Task<PoolResult> ForEachAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct, Func<Customer, Task<bool>> action)
    {
        if (ids.Count == 0)
        {
            throw new DomainException("请至少选择一个客户");
        }

        int done = 0, pending = 0;
        var refused = new List<string>();
        foreach (var id in ids.Distinct())
        {
            var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (customer is null)
            {
                refused.Add("客户不存在或已被删除");
                continue;
            }

            try
            {
                if (await action(customer))
                {
                    pending++;
                }
                else
                {
                    done++;
                }
            }
            catch (Exception e) when (e is DomainException || SaveConflicts.IsConflict(e))
            {
                refused.Add(e is DomainException ? e.Message : $"客户“{customer.Name}”已被他人修改，请刷新后重试");
                db.ChangeTracker.Clear();
            }
        }

        return new PoolResult(done, pending, refused);
    }
}
