namespace CellCrm.Domain.PaymentSplits;

/// <summary>The received money a split divides, whichever kind of receipt it is.</summary>
public sealed record SplitReceipt(SplitSourceKind Kind, Guid Id, Guid CustomerId, Guid? ContractId, long AmountFen, DateTimeOffset ReceivedAt);
