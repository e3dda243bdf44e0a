using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;

namespace CellCrm.Domain.Tests.Organization;

public class StaffMemberTests
{
    private static readonly Guid Department = Guid.CreateVersion7();

    [Fact]
    public void Constructor_InvalidMobile_ThrowsOnMobile()
    {
        var e = Assert.Throws<DomainException>(() => new StaffMember("郭顾问", Department, mobile: "1380013800"));

        Assert.Equal(nameof(StaffMember.Mobile), e.Field);
        Assert.Equal("手机号码应为11位中国大陆手机号", e.Message);
    }

    [Fact]
    public void Constructor_NoDepartment_Throws()
    {
        var e = Assert.Throws<DomainException>(() => new StaffMember("郭顾问", Guid.Empty));

        Assert.Equal("请选择部门", e.Message);
    }

    [Fact]
    public void Update_NormalizesMobileAndKeepsChosenScope()
    {
        var member = new StaffMember("郭顾问", Department);

        member.Update("郭顾问", Department, "顾问", "138 0013 8000", DataScope.DepartmentSubtree);

        Assert.Equal("13800138000", member.Mobile);
        Assert.Equal(DataScope.DepartmentSubtree, member.DataScope);
    }

    [Fact]
    public void Deactivate_Self_Throws()
    {
        var member = new StaffMember("系统管理员", Department);

        var e = Assert.Throws<DomainException>(() => member.Deactivate(member.Id));

        Assert.Equal("不能停用自己的账号", e.Message);
        Assert.True(member.IsActive);
    }

    [Fact]
    public void Deactivate_Twice_Throws_Activate_Restores()
    {
        var member = new StaffMember("郭顾问", Department);
        var admin = Guid.CreateVersion7();

        member.Deactivate(admin);
        Assert.Throws<DomainException>(() => member.Deactivate(admin));
        member.Activate();

        Assert.True(member.IsActive);
        Assert.Throws<DomainException>(member.Activate);
    }
}
