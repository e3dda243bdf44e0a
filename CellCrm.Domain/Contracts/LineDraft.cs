namespace CellCrm.Domain.Contracts;

/// <summary>One product line as entered: the product (with its list price at the time), the quantity and the amount
/// after discount the advisor typed (null: no discount).</summary>
public sealed record LineDraft(Guid ProductId, string ProductCode, string ProductName, long? UnitListPriceFen, int Quantity, long? AmountAfterFen);
