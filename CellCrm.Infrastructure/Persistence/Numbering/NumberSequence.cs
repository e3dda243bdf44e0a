namespace CellCrm.Infrastructure.Persistence.Numbering;

/// <summary>The last number issued for one prefix and month; <see cref="Last"/> is its own concurrency token.</summary>
public sealed class NumberSequence
{
    public string Key { get; set; } = "";

    public long Last { get; set; }
}
