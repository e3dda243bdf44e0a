namespace CellCrm.Infrastructure.Health.Questionnaires;

public enum SubmitOutcomeKind
{
    Submitted = 0,

    /// <summary>A repeat (double tap, second tab): the first submission stands, nothing new was stored.</summary>
    AlreadySubmitted = 1,

    /// <summary>Answers or signature to correct; <see cref="SubmitOutcome.Errors"/> says where.</summary>
    Invalid = 2,

    /// <summary>Not this customer's list, or it may not be signed now; <see cref="SubmitOutcome.Message"/> says why.</summary>
    Refused = 3,

    NotFound = 4,
}
