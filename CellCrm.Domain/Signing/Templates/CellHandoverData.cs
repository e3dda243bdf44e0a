namespace CellCrm.Domain.Signing.Templates;

/// <summary>What 细胞交接表 prints: the items handed over, when, where and by whom.</summary>
public sealed record CellHandoverData(
    string FormNumber,
    string ContractNumber,
    string CustomerName,
    string? IdDocument,
    IReadOnlyList<CellHandoverItem> Items,
    string HandedOverAt,
    string Place,
    string StaffName,
    string? GuardianName = null);
