using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;

namespace CellCrm.Domain.Tests.Organization;

public class DepartmentTests
{
    [Fact]
    public void AddChild_ExtendsThePath()
    {
        var root = Department.CreateRoot("总部");
        var team = root.AddChild("深圳一组");

        Assert.StartsWith(root.Path, team.Path);
        Assert.True(root.IsAncestorOf(team));
        Assert.Equal(root.Id, team.ParentId);
        Assert.Equal(1, team.Depth);
    }

    [Fact]
    public void MoveUnder_OwnDescendant_Throws()
    {
        var root = Department.CreateRoot("总部");
        var region = root.AddChild("华南区域");
        var team = region.AddChild("深圳一组");

        Assert.Throws<DomainException>(() => region.MoveUnder(team));
        Assert.Throws<DomainException>(() => region.MoveUnder(region));
    }

    [Fact]
    public void MoveUnder_ThenRebaseDescendants_KeepsSubtreeTogether()
    {
        var root = Department.CreateRoot("总部");
        var south = root.AddChild("华南区域");
        var north = root.AddChild("华北区域");
        var team = south.AddChild("深圳一组");
        var oldPath = south.Path;

        south.MoveUnder(north);
        team.RebaseUnder(oldPath, south.Path);

        Assert.True(north.IsAncestorOf(team));
        Assert.True(south.IsAncestorOf(team));
    }
}
