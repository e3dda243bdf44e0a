using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.WeChatPay;

namespace CellCrm.Portal.Payments;

/// <summary>WeChat Pay's payment notify (WECHAT.md B4): anonymous POST, verified on the raw body, decrypted, checked
/// against our order and credited once. 204 acknowledges (also a replay, which credits nothing); a refused notify
/// gets 4xx and a failure on our side 5xx, each with <c>{"code":"FAIL","message":…}</c>, and is logged.</summary>
public static partial class PaymentNotifyEndpoint
{
    public const string Path = "/payments/notify";
    public const string FloorPath = "/bench/notify-floor";
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapPaymentNotify(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync).AllowAnonymous().DisableAntiforgery();
        if (endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>("Bench:Enabled"))
        {
            // bench/payment-notify.sh's floor: what any notify costs at least — the same anonymous POST with its body
            // read and one indexed read — so the notify's own work (verify, decrypt, credit) shows as the ratio to it.
            endpoints.MapPost(FloorPath, async (HttpRequest request, CellCrm.Infrastructure.Persistence.CellCrmDbContext db, CancellationToken ct) =>
            {
                _ = await ReadBoundedAsync(request, ct);
                _ = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                    db.PaymentAttempts.Select(a => a.Id), ct);
                return WeChatPayNotifyAnswer.Acknowledge();
            }).AllowAnonymous().DisableAntiforgery();
        }

        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, IPaymentGateway gateway, PaymentCrediting crediting,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(PaymentNotifyEndpoint));
        var remote = request.HttpContext.Connection.RemoteIpAddress?.ToString();
        var body = await ReadBoundedAsync(request, ct);
        if (body is null)
        {
            LogRefused(logger, "body too large", remote);
            return WeChatPayNotifyAnswer.Fail(StatusCodes.Status413PayloadTooLarge, "通知内容过大");
        }

        var headers = request.Headers;
        var outcome = gateway.ParseNotify(new PaymentNotifyRequest(headers["Wechatpay-Timestamp"].FirstOrDefault(),
            headers["Wechatpay-Nonce"].FirstOrDefault(), headers["Wechatpay-Signature"].FirstOrDefault(),
            headers["Wechatpay-Serial"].FirstOrDefault(), body));
        if (outcome.Notification is null)
        {
            LogRefused(logger, $"{outcome.Rejection}: {outcome.Detail}", remote);
            return WeChatPayNotifyAnswer.Refuse(outcome.Rejection!.Value);
        }

        if (outcome.Notification is RefundNotification refund)
        {
            return await RefundNotify.HandleAsync(refund, request.HttpContext.RequestServices, logger, remote, ct);
        }

        if (outcome.Notification is not TransactionNotification payment)
        {
            LogIgnored(logger, outcome.Notification.EventType, outcome.Notification.Id);
            return WeChatPayNotifyAnswer.Acknowledge();
        }

        CreditOutcome credited;
        try
        {
            credited = await crediting.CreditAsync(payment.Transaction, PaymentSource.Notify, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, payment.Transaction.OutTradeNo);
            return WeChatPayNotifyAnswer.RetryLater();
        }

        switch (credited)
        {
            case CreditOutcome.Credited or CreditOutcome.CreditedForRefund or CreditOutcome.AlreadyCredited or CreditOutcome.NotPaid:
                return WeChatPayNotifyAnswer.Acknowledge();
            case CreditOutcome.UnknownOrder:
                LogRefused(logger, $"unknown order {payment.Transaction.OutTradeNo}", remote);
                return WeChatPayNotifyAnswer.Fail(StatusCodes.Status404NotFound, "订单不存在");
            case CreditOutcome.AmountMismatch:
                LogRefused(logger, $"amount {payment.Transaction.TotalFen} fen does not match order {payment.Transaction.OutTradeNo}", remote);
                return WeChatPayNotifyAnswer.Fail(StatusCodes.Status400BadRequest, "订单金额不符");
        }

        return WeChatPayNotifyAnswer.RetryLater();
    }

    /// <summary>The raw body as sent (the signature covers these exact bytes), or null past <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<string?> ReadBoundedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    [LoggerMessage(LogLevel.Warning, "Payment notify refused ({Reason}) from {RemoteIp}")]
    private static partial void LogRefused(ILogger logger, string reason, string? remoteIp);

    [LoggerMessage(LogLevel.Information, "Notify {EventType} {NotifyId} acknowledged without action")]
    private static partial void LogIgnored(ILogger logger, string eventType, string notifyId);

    [LoggerMessage(LogLevel.Error, "Payment notify for order {OutTradeNo} could not be recorded; WeChat Pay will retry")]
    private static partial void LogFailed(ILogger logger, Exception exception, string outTradeNo);
}
