using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Admin;

/// <summary>员工管理: the staff member (domain) and their sign-in account (identity) change together, in one
/// transaction, and every change lands in the member's 修改记录.</summary>
public sealed class StaffAdministration(
    CellCrmDbContext db, UserManager<StaffAccount> users, ICurrentStaff current, AccountAudit audit)
{
    public async Task<StaffSaveResult> CreateAsync(StaffDraft draft, string password, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await EnsureDepartmentAsync(draft.DepartmentId, ct);
            var member = new StaffMember(draft.Name, draft.DepartmentId, draft.Title, draft.Mobile, draft.DataScope);
            var roles = StaffRoleRules.Validate(current.Id, member.Id, [], draft.Roles);
            db.Staff.Add(member);
            await db.SaveChangesAsync(ct);

            var account = new StaffAccount { Id = member.Id, UserName = draft.UserName.Trim() };
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return StaffSaveResult.Failed(IdentityErrors(created));
            }

            Check(await users.AddToRolesAsync(account, roles));
            audit.Record(member.Id, AccountAudit.UserNameField, null, account.UserName);
            audit.Record(member.Id, AccountAudit.RolesField, null, AccountAudit.RoleNames(roles));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return StaffSaveResult.Saved(member.Id);
        }
        catch (DomainException e)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return StaffSaveResult.Failed([new FieldError(e.Field ?? "", e.Message)]);
        }
    }

    public async Task<StaffSaveResult> UpdateAsync(Guid id, int version, StaffDraft draft, CancellationToken ct)
    {
        var member = await db.Staff.SingleAsync(s => s.Id == id, ct);
        var account = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException("Staff member without account.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await EnsureDepartmentAsync(draft.DepartmentId, ct);
            var currentRoles = await users.GetRolesAsync(account);
            var roles = StaffRoleRules.Validate(current.Id, id, currentRoles, draft.Roles);
            if (member.DepartmentId != draft.DepartmentId)
            {
                await EnsureStillQualifiedLeaderAsync(id, draft.DepartmentId, ct);
            }

            db.Entry(member).Property(m => m.Version).OriginalValue = version;
            member.Update(draft.Name, draft.DepartmentId, draft.Title, draft.Mobile, draft.DataScope);
            await db.SaveChangesAsync(ct);

            var removed = currentRoles.Except(roles).ToList();
            var added = roles.Except(currentRoles).ToList();
            if (removed.Count > 0 || added.Count > 0)
            {
                Check(await users.RemoveFromRolesAsync(account, removed));
                Check(await users.AddToRolesAsync(account, added));
                audit.Record(id, AccountAudit.RolesField, AccountAudit.RoleNames(currentRoles), AccountAudit.RoleNames(roles));
                await db.SaveChangesAsync(ct);
            }

            await tx.CommitAsync(ct);
            return StaffSaveResult.Saved(id);
        }
        catch (DomainException e)
        {
            await tx.RollbackAsync(ct);
            return StaffSaveResult.Failed([new FieldError(e.Field ?? "", e.Message)]);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            return StaffSaveResult.Failed([new FieldError("", "该员工资料已被他人修改，请刷新页面后重新编辑")]);
        }
    }

    /// <summary>停用: the account can no longer sign in, and its open sessions end at the next revalidation.</summary>
    public async Task DeactivateAsync(Guid id, CancellationToken ct)
    {
        var member = await db.Staff.SingleAsync(s => s.Id == id, ct);
        member.Deactivate(current.Id);
        await db.SaveChangesAsync(ct);
        var account = await users.FindByIdAsync(id.ToString());
        if (account is not null)
        {
            Check(await users.UpdateSecurityStampAsync(account));
        }
    }

    public async Task ActivateAsync(Guid id, CancellationToken ct)
    {
        var member = await db.Staff.SingleAsync(s => s.Id == id, ct);
        member.Activate();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets a new password chosen by the admin; other sessions of the account end.</summary>
    public async Task<IReadOnlyList<FieldError>> ResetPasswordAsync(Guid id, string newPassword, CancellationToken ct)
    {
        var account = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException("Staff member without account.");
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, newPassword);
        if (!result.Succeeded)
        {
            return IdentityErrors(result).Select(e => e with { Field = "NewPassword" }).ToList();
        }

        audit.Record(id, AccountAudit.PasswordField, null, "管理员已重置");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>解锁: ends a lockout after repeated failed sign-ins and forgets the failures.</summary>
    public async Task UnlockAsync(Guid id, CancellationToken ct)
    {
        var account = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException("Staff member without account.");
        if (!await users.IsLockedOutAsync(account))
        {
            throw new DomainException("该账号未被锁定");
        }

        Check(await users.SetLockoutEndDateAsync(account, null));
        Check(await users.ResetAccessFailedCountAsync(account));
        audit.Record(id, AccountAudit.LockoutField, "已锁定", "已解锁");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A leader must belong to the department they lead or to one above it (Department.AppointLeader):
    /// moving them elsewhere first needs a new leader there.</summary>
    private async Task EnsureStillQualifiedLeaderAsync(Guid staffId, Guid newDepartmentId, CancellationToken ct)
    {
        var newPath = await db.Departments.Where(d => d.Id == newDepartmentId).Select(d => d.Path).SingleAsync(ct);
        var led = await db.Departments.AsNoTracking().Where(d => d.LeaderId == staffId).ToListAsync(ct);
        if (led.FirstOrDefault(d => !d.Path.StartsWith(newPath, StringComparison.Ordinal)) is { } department)
        {
            throw new DomainException($"该员工是“{department.Name}”的负责人，请先更换该部门负责人再调整其所属部门", nameof(StaffDraft.DepartmentId));
        }
    }

    private async Task EnsureDepartmentAsync(Guid departmentId, CancellationToken ct)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            throw new DomainException("请选择部门", nameof(StaffDraft.DepartmentId));
        }
    }

    private static List<FieldError> IdentityErrors(IdentityResult result) =>
        result.Errors.Select(e => new FieldError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
            : e.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(StaffDraft.UserName) : "", e.Description)).ToList();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
