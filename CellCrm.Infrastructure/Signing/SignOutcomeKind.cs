namespace CellCrm.Infrastructure.Signing;

public enum SignOutcomeKind
{
    Signed = 0,

    /// <summary>A repeat (double tap, second tab): the first signature stands, nothing new was stored.</summary>
    AlreadySigned = 1,

    /// <summary>The signature is blank or unreadable: draw it again.</summary>
    InvalidSignature = 2,

    /// <summary>Not the signer's turn, voided, not verified …; <see cref="SignOutcome.Message"/> says why.</summary>
    Refused = 3,

    /// <summary>Unknown, or not a document this customer signs.</summary>
    NotFound = 4,
}
