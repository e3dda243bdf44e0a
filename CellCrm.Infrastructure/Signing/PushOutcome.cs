namespace CellCrm.Infrastructure.Signing;

/// <summary>生成并推送签署: the document generated and pushed, or the one already waiting for the same content.</summary>
public sealed record PushOutcome(Guid DocumentId, bool AlreadyPushed);
