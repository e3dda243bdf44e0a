using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.Payments;

/// <summary>What the 支付 button gets: the signed parameters for <c>getBrandWCPayRequest</c> (with the order they
/// belong to), or the reason no payment is possible now (already paid, expired … in Chinese), or that the link was
/// found paid meanwhile.</summary>
public sealed record CheckoutResult(JsapiPayParameters? PayParameters, string? OutTradeNo, string? Message, bool Paid)
{
    public static CheckoutResult Pay(JsapiPayParameters parameters, string outTradeNo) => new(parameters, outTradeNo, null, false);

    public static CheckoutResult Refused(string message) => new(null, null, message, false);

    public static CheckoutResult AlreadyPaid() => new(null, null, "该款项已支付，无需重复支付", true);
}
