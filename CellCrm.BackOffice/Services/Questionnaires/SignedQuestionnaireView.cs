using CellCrm.Domain.Health;

namespace CellCrm.BackOffice.Services.Questionnaires;

/// <summary>A signed questionnaire as staff read it: the evidence and every question with its answer in words.</summary>
public sealed record SignedQuestionnaireView(SubmittedQuestionnaire Questionnaire, Guid DemandListId,
    IReadOnlyList<(string Section, IReadOnlyList<KeyValuePair<string, string>> Rows)> Sections);
