namespace CellCrm.Domain.Payments;

/// <summary>The object passed to <c>getBrandWCPayRequest</c> / <c>wx.requestPayment</c>. <see cref="PaySign"/> is
/// the merchant's RSA signature over appId, timeStamp, nonceStr and package, one per line.</summary>
public sealed record JsapiPayParameters(string AppId, string TimeStamp, string NonceStr, string Package, string SignType, string PaySign);
