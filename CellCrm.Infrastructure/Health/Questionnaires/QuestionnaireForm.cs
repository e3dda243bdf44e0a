using CellCrm.Domain.Health;

namespace CellCrm.Infrastructure.Health.Questionnaires;

/// <summary>What the portal needs to show a demand list's questionnaire to its recipient.</summary>
public sealed record QuestionnaireForm(Guid DemandListId, string DemandListNumber, string TemplateName, Guid TemplateVersionId,
    int TemplateVersionNumber, QuestionnaireDefinition Definition, bool RealNameVerified, string? SignerName,
    SubmittedQuestionnaire? Submitted, string? ClosedReason);
