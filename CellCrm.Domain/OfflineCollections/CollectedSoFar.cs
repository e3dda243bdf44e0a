namespace CellCrm.Domain.OfflineCollections;

/// <summary>What a contract has received already, apart from the collection being entered: per contract line (from
/// the offline collections that count) and in total (online payments included), in fen.</summary>
public sealed record CollectedSoFar(IReadOnlyDictionary<Guid, long> ByLine, long TotalFen)
{
    public static readonly CollectedSoFar Nothing = new(new Dictionary<Guid, long>(), 0);

    public long OnLine(Guid contractLineId) => ByLine.GetValueOrDefault(contractLineId);
}
