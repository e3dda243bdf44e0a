using CellCrm.Domain.Payments;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Payments;

/// <summary>Finds out what became of an open JSAPI order before anything else happens to its link (WECHAT.md B3:
/// query, then close an unpaid order, before a new order number is used). A paid order is credited at once; an
/// unpaid one is closed at WeChat Pay and on the link, which the caller then saves.</summary>
public sealed partial class PaymentAttemptSettler(IPaymentGateway gateway, PaymentCrediting crediting, TimeProvider clock,
    ILogger<PaymentAttemptSettler> logger)
{
    /// <summary>How long an order without a prepay id may be in the making before "not found" means it was never placed.</summary>
    public static readonly TimeSpan OrderingGrace = TimeSpan.FromMinutes(1);

    /// <param name="closeFreshPrepay">Close even while the prepay could still be paid (staff cancelling, the link
    /// expiring); otherwise an unpaid order with a fresh prepay stays open.</param>
    public async Task<SettleOutcome> SettleAsync(PaymentLink link, PaymentAttempt attempt, bool closeFreshPrepay, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = await gateway.QueryByOutTradeNoAsync(attempt.OutTradeNo, ct);
        if (!query.Succeeded)
        {
            if (query.Error!.Kind == PaymentErrorKind.NotFound && attempt.PrepayId is null && attempt.CreatedAt + OrderingGrace <= now)
            {
                link.CloseAttempt(attempt.OutTradeNo, now);
                return SettleOutcome.Closed;
            }

            LogQueryFailed(logger, attempt.OutTradeNo, query.Error.ToString());
            return SettleOutcome.Unavailable;
        }

        var transaction = query.Value;
        switch (transaction.State)
        {
            case TradeState.Success or TradeState.Refund:
                await crediting.CreditAsync(transaction, PaymentSource.Query, ct);
                return SettleOutcome.Paid;
            case TradeState.UserPaying:
                link.MarkAttemptChecked(attempt.OutTradeNo, now);
                return SettleOutcome.StillOpen;
            case TradeState.Closed or TradeState.Revoked:
                link.CloseAttempt(attempt.OutTradeNo, now);
                return SettleOutcome.Closed;
            case TradeState.NotPay or TradeState.PayError:
                if (!closeFreshPrepay && attempt.PrepayExpiresAt > now)
                {
                    link.MarkAttemptChecked(attempt.OutTradeNo, now);
                    return SettleOutcome.StillOpen;
                }

                var close = await gateway.CloseAsync(attempt.OutTradeNo, ct);
                if (close.Succeeded || close.Error!.Kind == PaymentErrorKind.OrderClosed)
                {
                    link.CloseAttempt(attempt.OutTradeNo, now);
                    return SettleOutcome.Closed;
                }

                if (close.Error.Kind == PaymentErrorKind.OrderPaid)
                {
                    // Paid between our query and the close: query again for the transaction and credit it.
                    var again = await gateway.QueryByOutTradeNoAsync(attempt.OutTradeNo, ct);
                    if (again.Succeeded && again.Value.State is TradeState.Success or TradeState.Refund)
                    {
                        await crediting.CreditAsync(again.Value, PaymentSource.Query, ct);
                        return SettleOutcome.Paid;
                    }
                }

                LogCloseFailed(logger, attempt.OutTradeNo, close.Error.ToString());
                return SettleOutcome.Unavailable;
        }

        return SettleOutcome.Unavailable;
    }

    [LoggerMessage(LogLevel.Warning, "Query of order {OutTradeNo} failed: {Error}")]
    private static partial void LogQueryFailed(ILogger logger, string outTradeNo, string error);

    [LoggerMessage(LogLevel.Warning, "Close of order {OutTradeNo} failed: {Error}")]
    private static partial void LogCloseFailed(ILogger logger, string outTradeNo, string error);
}
