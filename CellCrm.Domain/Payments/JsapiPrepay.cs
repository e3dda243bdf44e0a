namespace CellCrm.Domain.Payments;

/// <summary>A placed JSAPI order: the prepay id, when it stops being usable (about two hours after creation),
/// and the signed parameters for the payment page.</summary>
public sealed record JsapiPrepay(string PrepayId, DateTimeOffset ValidUntil, JsapiPayParameters PayParameters)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
}
