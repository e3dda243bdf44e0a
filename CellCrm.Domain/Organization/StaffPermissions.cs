namespace CellCrm.Domain.Organization;

/// <summary>Special permissions that are not a data scope (seed 002 §2.4: "拥有特殊权限的用户").</summary>
public static class StaffPermissions
{
    /// <summary>直接分配: assign pool customers without the former leader's approval.</summary>
    public static bool CanDirectAssign(IEnumerable<string> roles) =>
        roles.Any(r => r is StaffRoles.Admin or StaffRoles.DivisionLeader);

    /// <summary>分配 (by leaders) and 释放 of their team's customers.</summary>
    public static bool IsLeader(IEnumerable<string> roles) =>
        roles.Any(r => r is StaffRoles.TeamLeader or StaffRoles.RegionalManager or StaffRoles.DivisionLeader or StaffRoles.Admin);
}
