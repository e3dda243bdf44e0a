namespace CellCrm.Infrastructure.Tasks;

/// <summary>The task a push created, or the one an earlier submission with the same key already created.</summary>
public sealed record PushResult(Guid TaskId, bool AlreadyPushed);
