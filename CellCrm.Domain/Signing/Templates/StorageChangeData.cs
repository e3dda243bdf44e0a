namespace CellCrm.Domain.Signing.Templates;

/// <summary>What 储存项目变更协议 prints: the storage before and after (三存改双存 …) and the amounts (fen).</summary>
public sealed record StorageChangeData(
    string AgreementNumber,
    string ContractNumber,
    string CustomerName,
    string? IdDocument,
    string StorageBefore,
    string StorageAfter,
    long AmountBeforeFen,
    long AmountAfterFen,
    string? GuardianName = null);
