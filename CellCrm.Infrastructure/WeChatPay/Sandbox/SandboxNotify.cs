using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.WeChatPay.Sandbox;

/// <summary>A notify as WeChat Pay would post it: the Wechatpay-* headers and the JSON body.</summary>
public sealed record SandboxNotify(string Timestamp, string Nonce, string Signature, string Serial, string Body)
{
    public IReadOnlyDictionary<string, string> Headers => new Dictionary<string, string>
    {
        ["Wechatpay-Timestamp"] = Timestamp,
        ["Wechatpay-Nonce"] = Nonce,
        ["Wechatpay-Signature"] = Signature,
        ["Wechatpay-Serial"] = Serial,
        ["Wechatpay-Signature-Type"] = "WECHATPAY2-SHA256-RSA2048",
    };

    public PaymentNotifyRequest ToRequest() => new(Timestamp, Nonce, Signature, Serial, Body);
}
