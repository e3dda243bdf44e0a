using CellCrm.Domain.Payments;
using Microsoft.AspNetCore.Http;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>What the notify endpoint answers WeChat Pay. Success is HTTP 204 without a body, and only once the
/// notify is safely recorded (or recognised as a duplicate). Anything else is a 4xx/5xx with
/// <c>{"code":"FAIL","message":…}</c>, after which WeChat Pay sends the notify again later.</summary>
public static class WeChatPayNotifyAnswer
{
    public static IResult Acknowledge() => Results.NoContent();

    /// <summary>A notify we could not verify or decrypt: 401 for a signature problem, 400 otherwise.</summary>
    public static IResult Refuse(NotifyRejection rejection) => rejection switch
    {
        NotifyRejection.MissingHeaders or NotifyRejection.StaleTimestamp or NotifyRejection.UnknownSerial
            or NotifyRejection.BadSignature => Fail(StatusCodes.Status401Unauthorized, "签名验证失败"),
        NotifyRejection.Malformed or NotifyRejection.DecryptionFailed or NotifyRejection.WrongMerchant
            or NotifyRejection.UnsupportedEvent => Fail(StatusCodes.Status400BadRequest, "通知内容无效"),
    };

    /// <summary>We could not record the notify now (e.g. the database is down): WeChat Pay should retry.</summary>
    public static IResult RetryLater() => Fail(StatusCodes.Status500InternalServerError, "系统繁忙，请稍后重试");

    /// <summary>A verified notify we refuse on business grounds (unknown order, amount not ours): WeChat Pay retries.</summary>
    public static IResult Fail(int status, string message) =>
        Results.Json(new { code = "FAIL", message }, statusCode: status);
}
