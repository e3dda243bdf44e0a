namespace CellCrm.Infrastructure.Persistence;

/// <summary>The actor of background jobs, seeding and commands.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public Guid? ActorId => null;

    public string ActorName => "系统";
}
