namespace CellCrm.Domain.Signing.Templates;

/// <summary>What the contract template prints: parties, products and amounts from the contract lines (fen).</summary>
public sealed record ContractSigningData(
    string ContractNumber,
    string BusinessType,
    string CustomerName,
    string? IdDocument,
    string? Mobile,
    string Hospital,
    string StorageCity,
    string CertificateType,
    bool CharityOptIn,
    string? MarketPolicy,
    IReadOnlyList<ContractSigningLine> Lines,
    long AmountBeforeFen,
    long AmountFen,
    string? GuardianName = null);
