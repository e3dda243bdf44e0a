namespace CellCrm.Domain.Refunds;

/// <summary>One line as staff enter it: the received money, the amount to give back (fen) and why.</summary>
public sealed record RefundLineDraft(RefundSource Source, long AmountFen, string? Reason);
