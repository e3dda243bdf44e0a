using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;

namespace CellCrm.Domain.Tests.Organization;

public class StaffRoleRulesTests
{
    private static readonly Guid Admin = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();

    [Fact]
    public void Validate_AdminRemovingOwnAdminRole_Throws()
    {
        var e = Assert.Throws<DomainException>(() =>
            StaffRoleRules.Validate(Admin, Admin, [StaffRoles.Admin], [StaffRoles.Advisor]));

        Assert.Equal("不能移除自己的管理员角色", e.Message);
    }

    [Fact]
    public void Validate_AdminRemovingAnotherAdminsRole_IsAllowed()
    {
        var roles = StaffRoleRules.Validate(Admin, Other, [StaffRoles.Admin], [StaffRoles.Advisor]);

        Assert.Equal([StaffRoles.Advisor], roles);
    }

    [Fact]
    public void Validate_NoRoleOrUnknownRole_Throws()
    {
        Assert.Equal("请至少选择一个角色", Assert.Throws<DomainException>(() => StaffRoleRules.Validate(Admin, Other, [], ["", " "])).Message);
        Assert.Equal("角色“Root”不存在", Assert.Throws<DomainException>(() => StaffRoleRules.Validate(Admin, Other, [], ["Root"])).Message);
    }

    [Fact]
    public void Validate_DuplicatesRemovedInSpecOrder()
    {
        var roles = StaffRoleRules.Validate(Admin, Other, [], [StaffRoles.TeamLeader, StaffRoles.Advisor, StaffRoles.TeamLeader]);

        Assert.Equal([StaffRoles.Advisor, StaffRoles.TeamLeader], roles);
    }
}
