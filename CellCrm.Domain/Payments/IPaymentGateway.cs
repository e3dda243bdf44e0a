namespace CellCrm.Domain.Payments;

/// <summary>WeChat Pay (API v3) as the domain sees it: JSAPI orders, queries, closing, refunds and the verified,
/// decrypted content of notifies. Expected business failures (order already paid, closed, refund balance too low,
/// the provider unavailable) come back as a failed <see cref="PaymentResult{T}"/>, never as an exception.
/// Order and refund creation are never retried automatically: a caller that gets
/// <see cref="PaymentErrorKind.Unavailable"/> queries before trying again.</summary>
public interface IPaymentGateway
{
    /// <summary>Places a JSAPI order and returns its prepay id with the signed parameters for
    /// <c>WeixinJSBridge.invoke('getBrandWCPayRequest', …)</c>. A prepay id is valid for about two hours.</summary>
    Task<PaymentResult<JsapiPrepay>> CreateJsapiOrderAsync(JsapiOrder order, CancellationToken cancellationToken);

    /// <summary>Signs a fresh set of front-end parameters for a prepay id that is still valid.</summary>
    JsapiPayParameters SignJsapiPayment(string prepayId);

    Task<PaymentResult<PaymentTransaction>> QueryByOutTradeNoAsync(string outTradeNo, CancellationToken cancellationToken);

    /// <summary>Closes an unpaid order so that it can no longer be paid (before a new order number is used).</summary>
    Task<PaymentResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken);

    Task<PaymentResult<PaymentRefund>> RefundAsync(RefundOrder refund, CancellationToken cancellationToken);

    Task<PaymentResult<PaymentRefund>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken);

    /// <summary>Verifies the signature of a payment or refund notify on its raw body, then decrypts it. A notify
    /// that fails any check is rejected and must not be acted on.</summary>
    PaymentNotifyOutcome ParseNotify(PaymentNotifyRequest request);
}
