using CellCrm.Domain.Organization;

namespace CellCrm.Domain.Tests.Organization;

public class AccessScopeTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly Guid MyTeam = Guid.NewGuid();
    private static readonly Guid OtherTeam = Guid.NewGuid();

    [Fact]
    public void Own_CoversOnlyOwnRecords()
    {
        var scope = new AccessScope(Me, DataScope.Own, [MyTeam]);
        Assert.True(scope.Covers(Guid.NewGuid(), Me, OtherTeam));
        Assert.False(scope.Covers(Guid.NewGuid(), Other, MyTeam));
    }

    [Fact]
    public void Own_CoversSharedRecords()
    {
        var shared = Guid.NewGuid();
        var scope = new AccessScope(Me, DataScope.Own, [MyTeam], [shared]);
        Assert.True(scope.Covers(shared, Other, OtherTeam));
    }

    [Fact]
    public void DepartmentSubtree_CoversRecordsOfTheSubtree()
    {
        var scope = new AccessScope(Me, DataScope.DepartmentSubtree, [MyTeam]);
        Assert.True(scope.Covers(Guid.NewGuid(), Other, MyTeam));
        Assert.False(scope.Covers(Guid.NewGuid(), Other, OtherTeam));
    }

    [Fact]
    public void All_CoversEverything() =>
        Assert.True(new AccessScope(Me, DataScope.All, []).Covers(Guid.NewGuid(), Other, OtherTeam));
}
