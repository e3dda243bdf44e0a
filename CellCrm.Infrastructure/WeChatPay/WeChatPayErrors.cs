using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>WeChat Pay's error codes (answers with HTTP 4xx/5xx and <c>{code, message}</c>) as the kinds the
/// business acts on.</summary>
public static class WeChatPayErrors
{
    public static PaymentError From(int httpStatus, string? code, string? message)
    {
        var kind = code switch
        {
            "ORDERPAID" or "ORDER_PAID" or "TRADE_ALREADY_PAID" => PaymentErrorKind.OrderPaid,
            "ORDER_CLOSED" or "ORDERCLOSED" => PaymentErrorKind.OrderClosed,
            "ORDER_NOT_EXIST" or "ORDERNOTEXIST" or "RESOURCE_NOT_EXISTS" => PaymentErrorKind.NotFound,
            "OUT_TRADE_NO_USED" => PaymentErrorKind.OrderNumberUsed,
            "NOT_ENOUGH" or "NOTENOUGH" => PaymentErrorKind.NotEnough,
            "PARAM_ERROR" or "INVALID_REQUEST" => PaymentErrorKind.InvalidRequest,
            "SIGN_ERROR" => PaymentErrorKind.SignatureRejected,
            "NO_AUTH" or "APPID_MCHID_NOT_MATCH" or "MCH_NOT_EXISTS" => PaymentErrorKind.NotAuthorized,
            "FREQUENCY_LIMITED" => PaymentErrorKind.RateLimited,
            "SYSTEM_ERROR" or "SYSTEMERROR" or "BANKERROR" => PaymentErrorKind.Unavailable,
            _ when httpStatus >= 500 => PaymentErrorKind.Unavailable,
            _ when httpStatus == 429 => PaymentErrorKind.RateLimited,
            _ when httpStatus == 404 => PaymentErrorKind.NotFound,
            _ => PaymentErrorKind.Other,
        };
        return new PaymentError(kind, code ?? $"HTTP_{httpStatus}", message ?? "", httpStatus);
    }

    public static PaymentError Unavailable(string detail) => new(PaymentErrorKind.Unavailable, "NETWORK", detail);

    public static PaymentError Untrusted(string detail, int? httpStatus) =>
        new(PaymentErrorKind.UntrustedResponse, "UNTRUSTED_RESPONSE", detail, httpStatus);
}
