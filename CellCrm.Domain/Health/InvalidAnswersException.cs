using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>Answers that may not be submitted, with the message for each question (keyed by question key).</summary>
public sealed class InvalidAnswersException(IReadOnlyDictionary<string, string> errors)
    : DomainException($"还有 {errors.Count} 处需要填写或更正")
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
