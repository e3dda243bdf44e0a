namespace CellCrm.Domain.Payments;

/// <summary>An order as WeChat Pay reports it (query or payment notify). <see cref="TransactionId"/> is set once
/// the order was paid; amounts are in fen.</summary>
public sealed record PaymentTransaction(
    string AppId,
    string MchId,
    string OutTradeNo,
    string? TransactionId,
    TradeState State,
    string? StateDescription,
    long TotalFen,
    long? PayerTotalFen,
    string Currency,
    string? PayerOpenId,
    string? Attach,
    string? BankType,
    DateTimeOffset? SuccessTime);
