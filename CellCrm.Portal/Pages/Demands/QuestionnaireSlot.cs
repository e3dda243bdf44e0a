namespace CellCrm.Portal.Pages.Demands;

/// <summary>What the demand detail knows about the health questionnaire, handed to <c>_QuestionnaireSlot.cshtml</c>
/// (the questionnaire pages fill that partial with their own link and status).</summary>
public sealed record QuestionnaireSlot(Guid DemandListId, DateTimeOffset? PushedAt, Guid? QuestionnaireId, DateTimeOffset? SignedAt);
