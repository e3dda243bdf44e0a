using CellCrm.BackOffice.Bench;
using CellCrm.Testing;

namespace CellCrm.BackOffice.Tests.Bench;

/// <summary>The back office as bench/customer-search.sh runs it: with the floor endpoint mapped.</summary>
public sealed class BenchBackOfficeFactory : BackOfficeFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { [BenchFloorEndpoint.EnabledKey] = "true" };
}
