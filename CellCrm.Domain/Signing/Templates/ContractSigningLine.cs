namespace CellCrm.Domain.Signing.Templates;

/// <summary>One product line of a contract as printed (amounts in fen).</summary>
public sealed record ContractSigningLine(string Product, int Quantity, long UnitPriceFen, long AmountBeforeFen, long AmountAfterFen);
