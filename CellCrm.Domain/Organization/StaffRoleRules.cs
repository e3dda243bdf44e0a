using CellCrm.Domain.Common;

namespace CellCrm.Domain.Organization;

/// <summary>Rules for changing a staff member's roles (SPEC §1 roles only, at least one, and an admin keeps their
/// own admin role so nobody locks themselves out of administration).</summary>
public static class StaffRoleRules
{
    public static IReadOnlyList<string> Validate(Guid actorId, Guid staffId, IEnumerable<string> currentRoles, IEnumerable<string> wantedRoles)
    {
        var wanted = wantedRoles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            throw new DomainException("请至少选择一个角色", "Roles");
        }

        if (wanted.FirstOrDefault(r => StaffRoles.All.All(d => d.Name != r)) is { } unknown)
        {
            throw new DomainException($"角色“{unknown}”不存在", "Roles");
        }

        if (actorId == staffId && currentRoles.Contains(StaffRoles.Admin) && !wanted.Contains(StaffRoles.Admin))
        {
            throw new DomainException("不能移除自己的管理员角色", "Roles");
        }

        return StaffRoles.All.Select(d => d.Name).Where(wanted.Contains).ToList();
    }
}
