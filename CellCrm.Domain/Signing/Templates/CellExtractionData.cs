namespace CellCrm.Domain.Signing.Templates;

/// <summary>What 细胞提取申请单 prints: whose cells, which and how many, for what and where.</summary>
public sealed record CellExtractionData(
    string ApplicationNumber,
    string ContractNumber,
    string CustomerName,
    string? IdDocument,
    string CellType,
    string Quantity,
    string Purpose,
    string Hospital,
    string PlannedDate,
    string? GuardianName = null);
