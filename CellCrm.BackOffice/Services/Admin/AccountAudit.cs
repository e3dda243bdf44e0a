using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;

namespace CellCrm.BackOffice.Services.Admin;

/// <summary>修改记录 for what lives in the identity store (roles, password, lockout), which the auditing
/// interceptor does not see: recorded against the staff member in the same save.</summary>
public sealed class AccountAudit(CellCrmDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string RolesField = "Roles";
    public const string PasswordField = "Password";
    public const string LockoutField = "Lockout";
    public const string UserNameField = "UserName";

    public void Record(Guid staffId, string field, string? oldValue, string? newValue) =>
        db.AuditEntries.Add(new AuditEntry(nameof(StaffMember), staffId, staffId, AuditAction.Modified, field,
            oldValue, newValue, actor.ActorId, actor.ActorName, clock.GetUtcNow()));

    public static string RoleNames(IEnumerable<string> roles) =>
        string.Join("、", StaffRoles.All.Where(r => roles.Contains(r.Name)).Select(r => r.DisplayName));
}
