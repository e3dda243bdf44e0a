namespace CellCrm.Domain.Payments;

/// <summary>A notify exactly as it arrived: the four Wechatpay-* headers and the raw body (verified byte for byte,
/// before any JSON parsing).</summary>
public sealed record PaymentNotifyRequest(string? Timestamp, string? Nonce, string? Signature, string? Serial, string Body);
