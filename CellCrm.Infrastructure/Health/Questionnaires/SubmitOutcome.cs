namespace CellCrm.Infrastructure.Health.Questionnaires;

/// <summary>The answer to a questionnaire submission. Errors are keyed by question key, or
/// <see cref="SignatureKey"/> for the signature.</summary>
public sealed record SubmitOutcome(SubmitOutcomeKind Kind, Guid? QuestionnaireId = null, string? Message = null,
    IReadOnlyDictionary<string, string>? Errors = null)
{
    public const string SignatureKey = "signature";
}
