using CellCrm.Testing;

namespace CellCrm.Portal.Tests.RealName;

/// <summary>The real-name test classes share one pair of apps (a database each is costly) and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class RealNameCollection : ICollectionFixture<RealNameApps>
{
    public const string Name = "RealName";
}
