using CellCrm.Domain.Health;

namespace CellCrm.Portal.Pages.Questionnaire;

/// <summary>One question's fields as the form posts them (有/无 radio, detail, checked options, text or date).</summary>
public sealed class AnswerInput
{
    public bool? Yes { get; set; }

    public string? Detail { get; set; }

    public List<string> Choices { get; set; } = [];

    public string? Text { get; set; }

    public Answer ToAnswer() => new(Yes, Detail, Choices, Text);
}
