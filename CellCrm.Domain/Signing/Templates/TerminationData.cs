namespace CellCrm.Domain.Signing.Templates;

/// <summary>What 终止协议 print: the contract ended, the reason and the money (fen).</summary>
public sealed record TerminationData(
    string AgreementNumber,
    string ContractNumber,
    string CustomerName,
    string? IdDocument,
    string Products,
    string Reason,
    long PaidFen,
    long RefundFen,
    string? GuardianName = null);
