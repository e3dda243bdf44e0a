using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CellCrm.Testing.Fakes.WeChatPay;

// What WeChat Pay does on its own side: payments and refunds completing, and the notifies it then posts.
public sealed partial class FakeWeChatPayServer
{
    /// <summary>The customer paid: the order becomes SUCCESS with a transaction id.</summary>
    public string MarkPaid(string outTradeNo)
    {
        lock (_gate)
        {
            var order = _orders[outTradeNo];
            order.TradeState = "SUCCESS";
            order.TransactionId ??= "4200" + RandomNumberGenerator.GetString("0123456789", 24);
            order.SuccessTime ??= DateTimeOffset.UtcNow;
            return order.TransactionId;
        }
    }

    public void CompleteRefund(string outRefundNo)
    {
        lock (_gate)
        {
            var refund = _refunds[outRefundNo];
            refund.Status = "SUCCESS";
            refund.SuccessTime = DateTimeOffset.UtcNow;
        }
    }

    /// <summary>A TRANSACTION.SUCCESS notify for a paid order. The optional arguments spoil it: another APIv3 key,
    /// another signing key, an old timestamp, another merchant, or any change to the decrypted transaction
    /// (<paramref name="alter"/>, e.g. another amount) that is then encrypted and signed properly.</summary>
    public FakeNotify TransactionNotify(string outTradeNo, string? apiV3Key = null, RSA? signingKey = null,
        TimeSpan age = default, string mchId = MchId, Action<JsonObject>? alter = null)
    {
        JsonObject transaction;
        lock (_gate)
        {
            transaction = TransactionJson(_orders[outTradeNo]);
        }

        transaction["mchid"] = mchId;
        alter?.Invoke(transaction);
        return Notify("TRANSACTION.SUCCESS", "支付成功", "transaction", transaction, apiV3Key, signingKey, age);
    }

    public FakeNotify RefundNotify(string outRefundNo, string? apiV3Key = null, RSA? signingKey = null)
    {
        JsonObject refund;
        lock (_gate)
        {
            refund = RefundJson(_refunds[outRefundNo], notify: true);
        }

        return Notify("REFUND." + (string)refund["refund_status"]!, "退款成功", "refund", refund, apiV3Key, signingKey, default);
    }

    private FakeNotify Notify(string eventType, string summary, string originalType, JsonObject resource, string? apiV3Key,
        RSA? signingKey, TimeSpan age)
    {
        var nonce = RandomNumberGenerator.GetString(Alphanumeric, 12);
        var plain = Encoding.UTF8.GetBytes(resource.ToJsonString());
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(Encoding.ASCII.GetBytes(apiV3Key ?? ApiV3Key), 16))
        {
            aes.Encrypt(Encoding.ASCII.GetBytes(nonce), plain, cipher, tag, Encoding.ASCII.GetBytes(originalType));
        }

        var envelope = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["create_time"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["resource_type"] = "encrypt-resource",
            ["event_type"] = eventType,
            ["summary"] = summary,
            ["resource"] = new JsonObject
            {
                ["original_type"] = originalType,
                ["algorithm"] = "AEAD_AES_256_GCM",
                ["ciphertext"] = Convert.ToBase64String([.. cipher, .. tag]),
                ["associated_data"] = originalType,
                ["nonce"] = nonce,
            },
        };
        var body = envelope.ToJsonString();
        var timestamp = (DateTimeOffset.UtcNow - age).ToUnixTimeSeconds().ToString();
        var headerNonce = RandomNumberGenerator.GetString(Alphanumeric, 32);
        return new FakeNotify(timestamp, headerNonce, PlatformSign(signingKey ?? PlatformKey, $"{timestamp}\n{headerNonce}\n{body}\n"), SigningSerial, body);
    }
}
