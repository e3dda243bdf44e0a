using CellCrm.Domain.Health;

namespace CellCrm.Infrastructure.Health.Questionnaires;

/// <summary>What the portal posts: the answers to the template version it showed, the canvas PNG and where the
/// request came from (kept as evidence of the signature).</summary>
public sealed record QuestionnaireSubmission(Guid DemandListId, Guid CustomerId, Guid? TemplateVersionId,
    IReadOnlyDictionary<string, Answer> Answers, byte[]? SignaturePng, string? IpAddress, string? UserAgent);
