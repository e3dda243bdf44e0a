namespace CellCrm.Domain.Payments;

/// <summary>An instalment as entered: either part may be missing or unreadable (null) and is then refused by field.</summary>
public sealed record PlanLineDraft(DateOnly? DueDate, long? AmountFen);
