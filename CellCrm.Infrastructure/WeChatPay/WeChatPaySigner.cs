using System.Security.Cryptography;
using System.Text;
using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>Our side of WeChat Pay's signatures: the <c>WECHATPAY2-SHA256-RSA2048</c> Authorization header of each
/// request and the paySign of the JSAPI parameters, both SHA256withRSA (PKCS#1 v1.5) with the merchant key over
/// lines that each end with "\n".</summary>
public sealed class WeChatPaySigner(WeChatPayCredentials credentials, TimeProvider clock)
{
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";

    /// <summary>The Authorization header value for a request. <paramref name="pathAndQuery"/> is the URL exactly as
    /// sent (e.g. <c>/v3/pay/transactions/out-trade-no/X?mchid=1</c>) and <paramref name="body"/> the exact body
    /// string sent ("" for GET).</summary>
    public string Authorization(string method, string pathAndQuery, string body)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString();
        var nonce = NewNonce();
        var signature = Sign($"{method}\n{pathAndQuery}\n{timestamp}\n{nonce}\n{body}\n");
        return $"{Scheme} mchid=\"{credentials.MchId}\",nonce_str=\"{nonce}\",signature=\"{signature}\"," +
               $"timestamp=\"{timestamp}\",serial_no=\"{credentials.MerchantSerial}\"";
    }

    public JsapiPayParameters JsapiPayParameters(string prepayId)
    {
        var timeStamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString();
        var nonce = NewNonce();
        var package = "prepay_id=" + prepayId;
        var paySign = Sign($"{credentials.AppId}\n{timeStamp}\n{nonce}\n{package}\n");
        return new JsapiPayParameters(credentials.AppId, timeStamp, nonce, package, "RSA", paySign);
    }

    public string Sign(string message) =>
        Convert.ToBase64String(credentials.MerchantKey.SignData(
            Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static string NewNonce() =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);
}
