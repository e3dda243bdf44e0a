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
        var outcome = sandbox.Transact(state =>
        {
            if (!state.Orders.TryGetValue(order.OutTradeNo, out var placed))
            {
                placed = SandboxOrder.Place(order, "wx_sandbox_" + Guid.CreateVersion7().ToString("N"));
                state.Orders[order.OutTradeNo] = placed;
            }

            return placed.State switch
            {
                TradeState.Success or TradeState.Refund => (null, Error(PaymentErrorKind.OrderPaid, "ORDERPAID", "该订单已支付")),
                TradeState.Closed or TradeState.Revoked => (null, Error(PaymentErrorKind.OrderClosed, "ORDER_CLOSED", "该订单已关闭")),
                TradeState.NotPay or TradeState.UserPaying or TradeState.PayError => placed.SameAs(order)
                    ? (placed.PrepayId, (PaymentError?)null)
                    : (null, Error(PaymentErrorKind.OrderNumberUsed, "OUT_TRADE_NO_USED", "商户订单号重复")),
            };
        });
        return Task.FromResult(outcome is (string prepayId, null)
            ? PaymentResult<JsapiPrepay>.Success(new JsapiPrepay(prepayId, clock.GetUtcNow() + JsapiPrepay.Lifetime, _signer.JsapiPayParameters(prepayId)))
            : PaymentResult<JsapiPrepay>.Failure(outcome.Item2!));
    }

    public JsapiPayParameters SignJsapiPayment(string prepayId) => _signer.JsapiPayParameters(prepayId);

    public Task<PaymentResult<PaymentTransaction>> QueryByOutTradeNoAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        PaymentNumbers.OutTradeNo(outTradeNo);
        var transaction = sandbox.Transact(state => state.Orders.TryGetValue(outTradeNo, out var placed) ? Transaction(sandbox, placed) : null);
        return Task.FromResult(transaction is null
            ? PaymentResult<PaymentTransaction>.Failure(Error(PaymentErrorKind.NotFound, "ORDER_NOT_EXIST", "订单不存在"))
            : PaymentResult<PaymentTransaction>.Success(transaction));
    }

    public Task<PaymentResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        PaymentNumbers.OutTradeNo(outTradeNo);
        var error = sandbox.Transact(state =>
        {
            if (!state.Orders.TryGetValue(outTradeNo, out var placed))
            {
                return Error(PaymentErrorKind.NotFound, "ORDER_NOT_EXIST", "订单不存在");
            }

            if (placed.State is TradeState.Success or TradeState.Refund)
            {
                return Error(PaymentErrorKind.OrderPaid, "ORDERPAID", "该订单已支付");
            }

            placed.State = TradeState.Closed;
            return null;
        });
        return Task.FromResult(error is null ? PaymentResult.Success() : PaymentResult.Failure(error));
    }

    public Task<PaymentResult<PaymentRefund>> RefundAsync(RefundOrder refund, CancellationToken cancellationToken)
    {
        var outcome = sandbox.Transact<(PaymentRefund?, PaymentError?)>(state =>
        {
            if (state.Refunds.TryGetValue(refund.OutRefundNo, out var existing))
            {
                return (existing, null);
            }

            if (!state.Orders.TryGetValue(refund.OutTradeNo, out var placed))
            {
                return (null, Error(PaymentErrorKind.NotFound, "RESOURCE_NOT_EXISTS", "订单不存在"));
            }

            if (placed.State is not (TradeState.Success or TradeState.Refund) || refund.TotalFen != placed.AmountFen)
            {
                return (null, Error(PaymentErrorKind.InvalidRequest, "INVALID_REQUEST", "订单未支付或金额不符"));
            }

            if (placed.Refunded + refund.RefundFen > placed.AmountFen)
            {
                return (null, Error(PaymentErrorKind.InvalidRequest, "INVALID_REQUEST", "申请退款金额超过订单可退金额"));
            }

            placed.Refunded += refund.RefundFen;
            placed.State = TradeState.Refund;
            var created = new PaymentRefund("sandbox_refund_" + Guid.CreateVersion7().ToString("N"), refund.OutRefundNo,
                placed.TransactionId, refund.OutTradeNo, RefundStatus.Processing, refund.RefundFen, refund.TotalFen, refund.RefundFen, null);
            state.Refunds[refund.OutRefundNo] = created;
            return (created, null);
        });
        if (outcome is (PaymentRefund done, _))
        {
            logger.LogInformation("Sandbox refund {OutRefundNo} of {Fen} fen on {OutTradeNo}", done.OutRefundNo, done.RefundFen, done.OutTradeNo);
            return Task.FromResult(PaymentResult<PaymentRefund>.Success(done));
        }

        return Task.FromResult(PaymentResult<PaymentRefund>.Failure(outcome.Item2!));
    }

    /// <summary>WeChat Pay finishes a refund some time after accepting it; the sandbox finishes one when it is first
    /// queried, so in the embedded default the refund query job (which asks about refunds that got no notify) brings
    /// a sandbox refund to 已退款.</summary>
    public Task<PaymentResult<PaymentRefund>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken)
    {
        PaymentNumbers.OutRefundNo(outRefundNo);
        var refund = sandbox.Transact(state =>
        {
            if (state.Refunds.TryGetValue(outRefundNo, out var entry) && entry.Status == RefundStatus.Processing)
            {
                entry = entry with { Status = RefundStatus.Success, SuccessTime = clock.GetUtcNow() };
                state.Refunds[outRefundNo] = entry;
            }

            return entry;
        });
        return Task.FromResult(refund is null
            ? PaymentResult<PaymentRefund>.Failure(Error(PaymentErrorKind.NotFound, "RESOURCE_NOT_EXISTS", "退款单不存在"))
            : PaymentResult<PaymentRefund>.Success(refund));
    }

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
        new(sandbox.Credentials.AppId, sandbox.Credentials.MchId, placed.OutTradeNo, placed.TransactionId, placed.State,
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
            placed.AmountFen, placed.PaidAt is null ? null : placed.AmountFen, "CNY", placed.PayerOpenId,
            placed.Attach, placed.PaidAt is null ? null : "OTHERS", placed.PaidAt);

    private static PaymentError Error(PaymentErrorKind kind, string code, string message) => new(kind, code, message, 400);
}
