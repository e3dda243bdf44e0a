using CellCrm.Domain.Payments;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary><see cref="IPaymentGateway"/> for the embedded default: fake prepay ids and the same business answers
/// as WeChat Pay (an order number reused with other parameters, a paid or closed order, a refund above what is
/// left). No money moves; payment happens when <see cref="SandboxNotifyBuilder"/> builds the notify.</summary>
public sealed class SandboxPaymentGateway(SandboxWeChatPay sandbox, TimeProvider clock, ILogger<SandboxPaymentGateway> logger) : IPaymentGateway
{
    private readonly WeChatPaySigner _signer = new(sandbox.Credentials, clock);
    private readonly WeChatPayNotifyParser _parser = new(sandbox.Credentials, new WeChatPayVerifier(sandbox.Credentials, clock));

    public Task<PaymentResult<JsapiPrepay>> CreateJsapiOrderAsync(JsapiOrder order, CancellationToken cancellationToken)
    {
        var placed = sandbox.Orders.GetOrAdd(order.OutTradeNo, _ => new SandboxOrder(order, "wx_sandbox_" + Guid.CreateVersion7().ToString("N")));
        lock (placed)
        {
            var error = placed.State switch
            {
                TradeState.Success or TradeState.Refund => Error(PaymentErrorKind.OrderPaid, "ORDERPAID", "该订单已支付"),
                TradeState.Closed or TradeState.Revoked => Error(PaymentErrorKind.OrderClosed, "ORDER_CLOSED", "该订单已关闭"),
                TradeState.NotPay or TradeState.UserPaying or TradeState.PayError => placed.Order != order
                    ? Error(PaymentErrorKind.OrderNumberUsed, "OUT_TRADE_NO_USED", "商户订单号重复")
                    : null,
            };
            return Task.FromResult(error is null
                ? PaymentResult<JsapiPrepay>.Success(new JsapiPrepay(placed.PrepayId, clock.GetUtcNow() + JsapiPrepay.Lifetime,
                    _signer.JsapiPayParameters(placed.PrepayId)))
                : PaymentResult<JsapiPrepay>.Failure(error));
        }
    }

    public JsapiPayParameters SignJsapiPayment(string prepayId) => _signer.JsapiPayParameters(prepayId);

    public Task<PaymentResult<PaymentTransaction>> QueryByOutTradeNoAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        if (!sandbox.Orders.TryGetValue(PaymentNumbers.OutTradeNo(outTradeNo), out var placed))
        {
            return Task.FromResult(PaymentResult<PaymentTransaction>.Failure(Error(PaymentErrorKind.NotFound, "ORDER_NOT_EXIST", "订单不存在")));
        }

        lock (placed)
        {
            return Task.FromResult(PaymentResult<PaymentTransaction>.Success(Transaction(sandbox, placed)));
        }
    }

    public Task<PaymentResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        if (!sandbox.Orders.TryGetValue(PaymentNumbers.OutTradeNo(outTradeNo), out var placed))
        {
            return Task.FromResult(PaymentResult.Failure(Error(PaymentErrorKind.NotFound, "ORDER_NOT_EXIST", "订单不存在")));
        }

        lock (placed)
        {
            if (placed.State is TradeState.Success or TradeState.Refund)
            {
                return Task.FromResult(PaymentResult.Failure(Error(PaymentErrorKind.OrderPaid, "ORDERPAID", "该订单已支付")));
            }

            placed.State = TradeState.Closed;
            return Task.FromResult(PaymentResult.Success());
        }
    }

    public Task<PaymentResult<PaymentRefund>> RefundAsync(RefundOrder refund, CancellationToken cancellationToken)
    {
        if (sandbox.Refunds.TryGetValue(refund.OutRefundNo, out var existing))
        {
            return Task.FromResult(PaymentResult<PaymentRefund>.Success(existing.Refund));
        }

        if (!sandbox.Orders.TryGetValue(refund.OutTradeNo, out var placed))
        {
            return Task.FromResult(PaymentResult<PaymentRefund>.Failure(Error(PaymentErrorKind.NotFound, "RESOURCE_NOT_EXISTS", "订单不存在")));
        }

        lock (placed)
        {
            if (placed.State is not (TradeState.Success or TradeState.Refund) || refund.TotalFen != placed.Order.AmountFen)
            {
                return Task.FromResult(PaymentResult<PaymentRefund>.Failure(Error(PaymentErrorKind.InvalidRequest, "INVALID_REQUEST", "订单未支付或金额不符")));
            }

            if (placed.Refunded + refund.RefundFen > placed.Order.AmountFen)
            {
                return Task.FromResult(PaymentResult<PaymentRefund>.Failure(Error(PaymentErrorKind.InvalidRequest, "INVALID_REQUEST", "申请退款金额超过订单可退金额")));
            }

            var created = sandbox.Refunds.GetOrAdd(refund.OutRefundNo, _ =>
            {
                placed.Refunded += refund.RefundFen;
                placed.State = TradeState.Refund;
                return new SandboxRefund(new PaymentRefund("sandbox_refund_" + Guid.CreateVersion7().ToString("N"), refund.OutRefundNo,
                    placed.TransactionId, refund.OutTradeNo, RefundStatus.Processing, refund.RefundFen, refund.TotalFen, refund.RefundFen, null));
            });
            logger.LogInformation("Sandbox refund {OutRefundNo} of {Fen} fen on {OutTradeNo}", refund.OutRefundNo, refund.RefundFen, refund.OutTradeNo);
            return Task.FromResult(PaymentResult<PaymentRefund>.Success(created.Refund));
        }
    }

    public Task<PaymentResult<PaymentRefund>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken) =>
        Task.FromResult(sandbox.Refunds.TryGetValue(PaymentNumbers.OutRefundNo(outRefundNo), out var refund)
            ? PaymentResult<PaymentRefund>.Success(refund.Refund)
            : PaymentResult<PaymentRefund>.Failure(Error(PaymentErrorKind.NotFound, "RESOURCE_NOT_EXISTS", "退款单不存在")));

    public PaymentNotifyOutcome ParseNotify(PaymentNotifyRequest request)
    {
        var outcome = _parser.Parse(request);
        if (!outcome.Accepted)
        {
            logger.LogWarning("Sandbox notify refused: {Rejection} ({Detail})", outcome.Rejection, outcome.Detail);
        }

        return outcome;
    }

    internal static PaymentTransaction Transaction(SandboxWeChatPay sandbox, SandboxOrder placed) =>
        new(sandbox.Credentials.AppId, sandbox.Credentials.MchId, placed.Order.OutTradeNo, placed.TransactionId, placed.State,
            placed.State switch
            {
                TradeState.Success => "支付成功",
                TradeState.Refund => "转入退款",
                TradeState.NotPay => "未支付",
                TradeState.Closed => "已关闭",
                TradeState.Revoked => "已撤销",
                TradeState.UserPaying => "用户支付中",
                TradeState.PayError => "支付失败",
            },
            placed.Order.AmountFen, placed.PaidAt is null ? null : placed.Order.AmountFen, "CNY", placed.Order.PayerOpenId,
            placed.Order.Attach, placed.PaidAt is null ? null : "OTHERS", placed.PaidAt);

    private static PaymentError Error(PaymentErrorKind kind, string code, string message) => new(kind, code, message, 400);
}
