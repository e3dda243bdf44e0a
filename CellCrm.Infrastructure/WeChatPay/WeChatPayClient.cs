using System.Net;
using System.Text;
using CellCrm.Domain.Payments;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>The WeChat Pay API v3 client (typed HttpClient). Every request is signed with the merchant key; every
/// answer must carry a valid WeChat Pay signature before it is believed. Order and refund creation are POSTs and
/// are never retried by the HTTP pipeline; only the idempotent GET queries are.</summary>
public sealed class WeChatPayClient(
    HttpClient http,
    WeChatPayCredentials credentials,
    WeChatPaySigner signer,
    WeChatPayVerifier verifier,
    WeChatPayNotifyParser notifyParser,
    IOptions<WeChatPayOptions> options,
    TimeProvider clock,
    ILogger<WeChatPayClient> logger) : IPaymentGateway
{
    public async Task<PaymentResult<JsapiPrepay>> CreateJsapiOrderAsync(JsapiOrder order, CancellationToken cancellationToken)
    {
        var body = new JsapiOrderBody(credentials.AppId, credentials.MchId, order.Description, order.OutTradeNo,
            order.ExpiresAt is { } expiresAt ? WeChatPayTime.Format(expiresAt) : null, order.Attach,
            options.Value.NotifyUrl ?? "", new WeChatPayAmount(order.AmountFen), new WeChatPayPayer(order.PayerOpenId));
        var answer = await SendAsync(HttpMethod.Post, "/v3/pay/transactions/jsapi", WeChatPayJson.Serialize(body), cancellationToken);
        if (answer.Error is { } error)
        {
            return PaymentResult<JsapiPrepay>.Failure(error);
        }

        if (WeChatPayJson.TryDeserialize<PrepayAnswer>(answer.Body) is not { PrepayId: { Length: > 0 } prepayId })
        {
            return PaymentResult<JsapiPrepay>.Failure(new PaymentError(PaymentErrorKind.Other, "NO_PREPAY_ID", "answer without prepay_id", answer.Status));
        }

        return PaymentResult<JsapiPrepay>.Success(
            new JsapiPrepay(prepayId, clock.GetUtcNow() + JsapiPrepay.Lifetime, signer.JsapiPayParameters(prepayId)));
    }

    public JsapiPayParameters SignJsapiPayment(string prepayId) => signer.JsapiPayParameters(prepayId);

    public async Task<PaymentResult<PaymentTransaction>> QueryByOutTradeNoAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var path = $"/v3/pay/transactions/out-trade-no/{PaymentNumbers.OutTradeNo(outTradeNo)}?mchid={Uri.EscapeDataString(credentials.MchId)}";
        var answer = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        if (answer.Error is { } error)
        {
            return PaymentResult<PaymentTransaction>.Failure(error);
        }

        return WeChatPayJson.TryDeserialize<TransactionMessage>(answer.Body) is { } message && WeChatPayMapping.ToTransaction(message) is { } transaction
            ? PaymentResult<PaymentTransaction>.Success(transaction)
            : PaymentResult<PaymentTransaction>.Failure(new PaymentError(PaymentErrorKind.Other, "BAD_ANSWER", "incomplete transaction", answer.Status));
    }

    public async Task<PaymentResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var path = $"/v3/pay/transactions/out-trade-no/{PaymentNumbers.OutTradeNo(outTradeNo)}/close";
        var answer = await SendAsync(HttpMethod.Post, path, WeChatPayJson.Serialize(new CloseOrderBody(credentials.MchId)), cancellationToken);
        return answer.Error is { } error ? PaymentResult.Failure(error) : PaymentResult.Success();
    }

    public async Task<PaymentResult<PaymentRefund>> RefundAsync(RefundOrder refund, CancellationToken cancellationToken)
    {
        var notifyUrl = options.Value.RefundNotifyUrl is { Length: > 0 } url ? url : options.Value.NotifyUrl;
        var body = new RefundBody(refund.OutTradeNo, refund.OutRefundNo, refund.Reason, notifyUrl,
            new RefundAmountBody(refund.RefundFen, refund.TotalFen));
        return ToRefund(await SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", WeChatPayJson.Serialize(body), cancellationToken));
    }

    public async Task<PaymentResult<PaymentRefund>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken) =>
        ToRefund(await SendAsync(HttpMethod.Get, $"/v3/refund/domestic/refunds/{PaymentNumbers.OutRefundNo(outRefundNo)}", null, cancellationToken));

    public PaymentNotifyOutcome ParseNotify(PaymentNotifyRequest request)
    {
        var outcome = notifyParser.Parse(request);
        if (!outcome.Accepted)
        {
            logger.LogWarning("WeChat Pay notify refused: {Rejection} ({Detail})", outcome.Rejection, outcome.Detail);
        }

        return outcome;
    }

    private static PaymentResult<PaymentRefund> ToRefund(Answer answer)
    {
        if (answer.Error is { } error)
        {
            return PaymentResult<PaymentRefund>.Failure(error);
        }

        return WeChatPayJson.TryDeserialize<RefundMessage>(answer.Body) is { } message && WeChatPayMapping.ToRefund(message) is { } refund
            ? PaymentResult<PaymentRefund>.Success(refund)
            : PaymentResult<PaymentRefund>.Failure(new PaymentError(PaymentErrorKind.Other, "BAD_ANSWER", "incomplete refund", answer.Status));
    }

    private async Task<Answer> SendAsync(HttpMethod method, string pathAndQuery, string? json, CancellationToken cancellationToken)
    {
        var uri = new Uri(http.BaseAddress!, pathAndQuery);
        using var request = new HttpRequestMessage(method, uri);
        // Sign exactly the path and body that go on the wire.
        request.Headers.TryAddWithoutValidation("Authorization", signer.Authorization(method.Method, uri.PathAndQuery, json ?? ""));
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException ||
                                  (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("WeChat Pay {Method} {Path} failed without an answer: {Error}", method, uri.AbsolutePath, e.Message);
            return new Answer(0, "", WeChatPayErrors.Unavailable(e.Message));
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            // A success must be signed by WeChat Pay; an error is checked when it is signed (a 401 SIGN_ERROR is not).
            if (response.IsSuccessStatusCode || response.Headers.Contains("Wechatpay-Signature"))
            {
                var failure = verifier.Check(Header(response, "Wechatpay-Timestamp"), Header(response, "Wechatpay-Nonce"),
                    Header(response, "Wechatpay-Signature"), Header(response, "Wechatpay-Serial"), body);
                if (failure is { } f)
                {
                    logger.LogWarning("WeChat Pay answer to {Method} {Path} refused: {Reason} ({Detail})", method, uri.AbsolutePath, f.Reason, f.Detail);
                    return new Answer(status, body, WeChatPayErrors.Untrusted($"{f.Reason}: {f.Detail}", status));
                }
            }

            if (response.IsSuccessStatusCode)
            {
                return new Answer(status, body, null);
            }

            var error = WeChatPayJson.TryDeserialize<ErrorAnswer>(body);
            var mapped = WeChatPayErrors.From(status, error?.Code, error?.Message);
            if (response.StatusCode is HttpStatusCode.Unauthorized || mapped.Kind is PaymentErrorKind.Unavailable or PaymentErrorKind.Other)
            {
                logger.LogWarning("WeChat Pay {Method} {Path}: {Error}", method, uri.AbsolutePath, mapped);
            }

            return new Answer(status, body, mapped);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed record Answer(int Status, string Body, PaymentError? Error);
}
