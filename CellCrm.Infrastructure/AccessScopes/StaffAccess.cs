using CellCrm.Domain.Organization;

namespace CellCrm.Infrastructure.AccessScopes;

/// <summary>Everything a request needs to know about the signed-in staff member's access, as stored in the
/// database now: whether the account is active, its security stamp, name and roles (to check the sign-in cookie
/// against), and the data scope its roles and department give.</summary>
public sealed record StaffAccess(
    Guid StaffId, bool IsActive, string? SecurityStamp, string Name, IReadOnlyList<string> Roles,
    DataScope Level, IReadOnlyList<Guid> DepartmentIds, IReadOnlyList<Guid> SharedCustomerIds)
{
    public AccessScope ToScope() => new(StaffId, Level, DepartmentIds, SharedCustomerIds);
}
