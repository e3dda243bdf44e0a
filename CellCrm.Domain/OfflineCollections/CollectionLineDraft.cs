namespace CellCrm.Domain.OfflineCollections;

/// <summary>One row of 线下回款明细 as entered: a product line of the contract and the amount received for it.</summary>
public sealed record CollectionLineDraft(Guid ContractLineId, long AmountFen);
