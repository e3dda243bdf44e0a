namespace CellCrm.Infrastructure.Signing;

public sealed record SignOutcome(SignOutcomeKind Kind, string? Message = null);
