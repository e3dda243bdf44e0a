using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Payments;

/// <summary>The portal's 支付 (WECHAT.md B3): reuse the open order's prepay while it is fresh; otherwise settle that
/// order (query; credit when paid, close when not) and place a new one with a new out_trade_no, never payable past
/// the link's expiry. Two taps at once race on the link's version: the loser looks again and reuses the winner's
/// order.</summary>
public sealed partial class PaymentCheckout(CellCrmDbContext db, IPaymentGateway gateway, PaymentAttemptSettler settler,
    TimeProvider clock, ILogger<PaymentCheckout> logger)
{
    /// <summary>A prepay is handed out only while this much of its life is left, so the customer has time to pay.</summary>
    public static readonly TimeSpan PrepayMargin = TimeSpan.FromMinutes(5);

    private const int MaxTries = 3;
    private const string Busy = "微信支付暂时无法响应，请稍后重试";

    /// <returns>Null when the link does not exist or is not this customer's.</returns>
    public async Task<CheckoutResult?> PrepareAsync(Guid linkId, Guid customerId, string openId, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            db.ChangeTracker.Clear();
            var link = await db.PaymentLinks.Include(l => l.Attempts).FirstOrDefaultAsync(l => l.Id == linkId && l.CustomerId == customerId, ct);
            if (link is null)
            {
                return null;
            }

            try
            {
                return await PrepareAsync(link, openId, ct);
            }
            catch (DomainException e)
            {
                return link.StateAt(clock.GetUtcNow()) == PaymentLinkState.Paid ? CheckoutResult.AlreadyPaid() : CheckoutResult.Refused(e.Message);
            }
            catch (Exception e) when (SaveConflicts.IsConflict(e, "PaymentAttempts_OutTradeNo", "PaymentAttempts.OutTradeNo"))
            {
                // Another tap (or a notify) changed the link meanwhile: start over from what it saved.
                if (tries >= MaxTries)
                {
                    return CheckoutResult.Refused("支付请求正在处理中，请稍后再试");
                }
            }
        }
    }

    private async Task<CheckoutResult> PrepareAsync(PaymentLink link, string openId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        link.EnsurePayable(now);
        if (link.OpenAttempt is { } open)
        {
            if (open.HasUsablePrepay(now, PrepayMargin))
            {
                return CheckoutResult.Pay(gateway.SignJsapiPayment(open.PrepayId!), open.OutTradeNo);
            }

            if (open.PrepayId is null && open.CreatedAt + PaymentAttemptSettler.OrderingGrace > now)
            {
                return CheckoutResult.Refused("正在创建支付订单，请稍后再试");
            }

            switch (await settler.SettleAsync(link, open, closeFreshPrepay: true, ct))
            {
                case SettleOutcome.Paid:
                    return CheckoutResult.AlreadyPaid();
                case SettleOutcome.StillOpen:
                    await db.SaveChangesAsync(ct);
                    return CheckoutResult.Refused("上一笔支付正在处理中，请稍后刷新页面查看结果");
                case SettleOutcome.Unavailable:
                    return CheckoutResult.Refused(Busy);
                case SettleOutcome.Closed:
                    break;
            }
        }

        var outTradeNo = Guid.CreateVersion7().ToString("N");
        var attempt = link.StartAttempt(outTradeNo, now);
        // Saved before ordering: if the answer is lost, the next tap or the reconciliation job queries this number.
        await db.SaveChangesAsync(ct);

        var validUntil = Min(now + JsapiPrepay.Lifetime, link.ExpiresAt);
        var description = Truncate($"缴费：{link.Reason}", JsapiOrder.DescriptionMaxLength);
        var order = new JsapiOrder(attempt.OutTradeNo, description, link.AmountFen, openId, validUntil, link.Id.ToString("N"));
        var placed = await gateway.CreateJsapiOrderAsync(order, ct);
        if (placed.Succeeded)
        {
            link.RecordPrepay(attempt.OutTradeNo, placed.Value.PrepayId, Min(placed.Value.ValidUntil, validUntil));
            await db.SaveChangesAsync(ct);
            return CheckoutResult.Pay(placed.Value.PayParameters, attempt.OutTradeNo);
        }

        LogOrderFailed(logger, attempt.OutTradeNo, placed.Error!.ToString());
        switch (placed.Error.Kind)
        {
            case PaymentErrorKind.Unavailable:
            case PaymentErrorKind.RateLimited:
                // Outcome unknown: the order stays open and is queried before anything else.
                return CheckoutResult.Refused(Busy);
            case PaymentErrorKind.OrderPaid:
                return await settler.SettleAsync(link, attempt, closeFreshPrepay: true, ct) == SettleOutcome.Paid
                    ? CheckoutResult.AlreadyPaid()
                    : CheckoutResult.Refused(Busy);
            default:
                link.CloseAttempt(attempt.OutTradeNo, now);
                await db.SaveChangesAsync(ct);
                return CheckoutResult.Refused("暂时无法发起支付，请稍后重试或联系您的顾问");
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(LogLevel.Warning, "JSAPI order {OutTradeNo} failed: {Error}")]
    private static partial void LogOrderFailed(ILogger logger, string outTradeNo, string error);
}
