namespace CellCrm.Domain.Common;

/// <summary>A consistency boundary. <see cref="Version"/> is the optimistic-concurrency token: the persistence
/// layer increments it on every save, and a save based on a stale version is refused.</summary>
public abstract class AggregateRoot : Entity
{
    public int Version { get; private set; }
}
