using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Infrastructure.WeChatPay;

namespace CellCrm.Portal.Payments;

/// <summary>A verified, decrypted refund notify (WECHAT.md B5) applied to its refund line once: 204 for a result
/// applied or already applied (a replay); 404 for a refund number we never issued, 400 for one that does not match
/// its line, 5xx (WeChat Pay retries) for a failure on our side.</summary>
public static partial class RefundNotify
{
    public static async Task<IResult> HandleAsync(RefundNotification notification, IServiceProvider services, ILogger logger, string? remote,
        CancellationToken ct)
    {
        RefundSettleOutcome outcome;
        try
        {
            outcome = await services.GetRequiredService<RefundSettlement>().ApplyAsync(notification.Refund, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, notification.Refund.OutRefundNo);
            return WeChatPayNotifyAnswer.RetryLater();
        }

        switch (outcome)
        {
            case RefundSettleOutcome.UnknownRefund:
                LogRefused(logger, $"unknown refund {notification.Refund.OutRefundNo}", remote);
                return WeChatPayNotifyAnswer.Fail(StatusCodes.Status404NotFound, "退款单不存在");
            case RefundSettleOutcome.Mismatch:
                LogRefused(logger, $"refund {notification.Refund.OutRefundNo} does not match its line", remote);
                return WeChatPayNotifyAnswer.Fail(StatusCodes.Status400BadRequest, "退款信息不符");
            default:
                return WeChatPayNotifyAnswer.Acknowledge();
        }
    }

    [LoggerMessage(LogLevel.Warning, "Refund notify refused ({Reason}) from {RemoteIp}")]
    private static partial void LogRefused(ILogger logger, string reason, string? remoteIp);

    [LoggerMessage(LogLevel.Error, "Refund notify for {OutRefundNo} could not be recorded; WeChat Pay will retry")]
    private static partial void LogFailed(ILogger logger, Exception exception, string outRefundNo);
}
