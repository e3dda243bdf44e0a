using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;

namespace CellCrm.Domain.Tests.Organization;

public class DepartmentRulesTests
{
    private readonly Department _root = Department.CreateRoot("深圳综合细胞库");
    private readonly Department _region;
    private readonly Department _team1;
    private readonly Department _team2;

    public DepartmentRulesTests()
    {
        _region = _root.AddChild("华南区域");
        _team1 = _region.AddChild("深圳一组");
        _team2 = _region.AddChild("深圳二组");
    }

    [Fact]
    public void AppointLeader_MemberOfTheDepartment_IsAccepted()
    {
        var leader = new StaffMember("赵组长", _team1.Id);

        _team1.AppointLeader(leader, _team1);

        Assert.Equal(leader.Id, _team1.LeaderId);
    }

    [Fact]
    public void AppointLeader_MemberOfAnAncestor_IsAccepted()
    {
        var regional = new StaffMember("王区域", _region.Id);

        _team1.AppointLeader(regional, _region);

        Assert.Equal(regional.Id, _team1.LeaderId);
    }

    [Fact]
    public void AppointLeader_MemberOfASiblingOrBelow_Throws()
    {
        var sibling = new StaffMember("陈顾问", _team2.Id);
        var below = new StaffMember("郭顾问", _team1.Id);

        Assert.Equal("负责人必须是本部门或上级部门的员工", Assert.Throws<DomainException>(() => _team1.AppointLeader(sibling, _team2)).Message);
        Assert.Throws<DomainException>(() => _region.AppointLeader(below, _team1));
        Assert.Null(_team1.LeaderId);
        Assert.Null(_region.LeaderId);
    }

    [Fact]
    public void AppointLeader_DeactivatedOrDepartmentMismatch_Throws()
    {
        var gone = new StaffMember("离职员工", _team1.Id);
        gone.Deactivate(Guid.CreateVersion7());
        var member = new StaffMember("郭顾问", _team1.Id);

        Assert.Equal("已停用的员工不能担任负责人", Assert.Throws<DomainException>(() => _team1.AppointLeader(gone, _team1)).Message);
        Assert.Throws<DomainException>(() => _team1.AppointLeader(member, _region));
    }

    [Theory]
    [InlineData(2, 0, 0, "部门下还有2名员工，请先转移后再删除")]
    [InlineData(0, 5, 0, "部门下还有5个客户，请先转移后再删除")]
    [InlineData(1, 3, 2, "部门下还有1名员工、3个客户、2个下级部门，请先转移后再删除")]
    public void EnsureCanDelete_NotEmpty_SaysWhatIsLeft(int staff, int customers, int children, string message)
    {
        var e = Assert.Throws<DomainException>(() => _team1.EnsureCanDelete(new DepartmentContents(staff, customers, children)));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void EnsureCanDelete_EmptyDepartment_Passes_Root_Throws()
    {
        _team1.EnsureCanDelete(new DepartmentContents(0, 0, 0));

        Assert.Equal("不能删除根部门", Assert.Throws<DomainException>(() => _root.EnsureCanDelete(new DepartmentContents(0, 0, 0))).Message);
    }
}
