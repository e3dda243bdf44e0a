namespace CellCrm.Infrastructure.Persistence;

/// <summary>Who is making the current change; each app resolves it from its own sign-in.</summary>
public interface IAuditActor
{
    Guid? ActorId { get; }

    string ActorName { get; }
}
