using CellCrm.Domain.Refunds;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>新建退款申请 as the form sends it; the customer is the contract's.</summary>
public sealed record RefundRequest(Guid ContractId, Guid? TerminationAgreementId, string? Reason, IReadOnlyList<RefundLineRequest> Lines,
    RefundAccount? Account, string RequestKey);

/// <summary>One chosen received payment and the amount (fen) to give back.</summary>
public sealed record RefundLineRequest(RefundSourceKind Kind, Guid SourceId, long AmountFen, string? Reason);
