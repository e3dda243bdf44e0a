namespace CellCrm.Domain.Payments;

/// <summary>A refund as WeChat Pay reports it (creation, query or refund notify); amounts in fen.</summary>
public sealed record PaymentRefund(
    string RefundId,
    string OutRefundNo,
    string? TransactionId,
    string OutTradeNo,
    RefundStatus Status,
    long RefundFen,
    long TotalFen,
    long? PayerRefundFen,
    DateTimeOffset? SuccessTime);
