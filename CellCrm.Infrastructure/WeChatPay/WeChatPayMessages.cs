namespace CellCrm.Infrastructure.WeChatPay;

// The request and answer bodies of the calls CellCrm makes, named after the API's fields (snake_case on the wire).
// Public so that the sandbox and the test server speak exactly the same format.

public sealed record WeChatPayAmount(long Total, string Currency = "CNY", long? PayerTotal = null, string? PayerCurrency = null);

public sealed record WeChatPayPayer(string Openid);

public sealed record JsapiOrderBody(string Appid, string Mchid, string Description, string OutTradeNo, string? TimeExpire,
    string? Attach, string NotifyUrl, WeChatPayAmount Amount, WeChatPayPayer Payer);

public sealed record PrepayAnswer(string? PrepayId);

public sealed record CloseOrderBody(string Mchid);

public sealed record TransactionMessage(string? Appid, string? Mchid, string? OutTradeNo, string? TransactionId, string? TradeType,
    string? TradeState, string? TradeStateDesc, string? BankType, string? Attach, DateTimeOffset? SuccessTime,
    WeChatPayPayer? Payer, WeChatPayAmount? Amount);

public sealed record RefundAmountBody(long Refund, long Total, string Currency = "CNY");

public sealed record RefundBody(string OutTradeNo, string OutRefundNo, string? Reason, string? NotifyUrl, RefundAmountBody Amount);

public sealed record RefundAmountMessage(long Total, long Refund, long? PayerTotal = null, long? PayerRefund = null, string? Currency = null);

/// <summary>A refund in an answer (<c>status</c>) or a decrypted refund notify (<c>refund_status</c>).</summary>
public sealed record RefundMessage(string? Mchid, string? RefundId, string? OutRefundNo, string? TransactionId, string? OutTradeNo,
    string? Status, string? RefundStatus, DateTimeOffset? SuccessTime, RefundAmountMessage? Amount);

public sealed record ErrorAnswer(string? Code, string? Message);

public sealed record NotifyResource(string? Algorithm, string? Ciphertext, string? AssociatedData, string? OriginalType, string? Nonce);

public sealed record NotifyEnvelope(string? Id, DateTimeOffset? CreateTime, string? EventType, string? ResourceType, string? Summary,
    NotifyResource? Resource);
