namespace CellCrm.Domain.Common;

/// <summary>Business numbers such as DML202611001 or K8MGX202611001: a prefix, the month, a sequence that is
/// unique under concurrency across all nodes.</summary>
public interface INumberGenerator
{
    /// <summary>The next number for <paramref name="prefix"/> in the month of <paramref name="at"/> (China time).</summary>
    Task<string> NextAsync(string prefix, DateTimeOffset at, CancellationToken ct);
}
