using CellCrm.Domain.Common;

namespace CellCrm.Domain.Payments;

/// <summary>A JSAPI order as we place it. The constructor enforces WeChat Pay's limits so that a bad order never
/// reaches the provider: amount in fen above zero, description ≤ 127 characters, attach ≤ 128.</summary>
public sealed record JsapiOrder
{
    public const int DescriptionMaxLength = 127;
    public const int AttachMaxLength = 128;

    public JsapiOrder(string outTradeNo, string description, long amountFen, string payerOpenId,
        DateTimeOffset? expiresAt = null, string? attach = null)
    {
        OutTradeNo = PaymentNumbers.OutTradeNo(outTradeNo);
        Description = Guard.Required(description, "商品描述", DescriptionMaxLength, nameof(Description));
        if (amountFen <= 0)
        {
            throw new DomainException("支付金额应大于0", nameof(AmountFen));
        }

        AmountFen = amountFen;
        PayerOpenId = Guard.Required(payerOpenId, "付款人openid", 128, nameof(PayerOpenId));
        ExpiresAt = expiresAt;
        Attach = Guard.Optional(attach, "附加数据", AttachMaxLength, nameof(Attach));
    }

    public string OutTradeNo { get; }

    public string Description { get; }

    /// <summary>Amount in fen (分), as WeChat Pay counts it.</summary>
    public long AmountFen { get; }

    public string PayerOpenId { get; }

    /// <summary>When the order stops being payable (<c>time_expire</c>); sent in China Standard Time.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Echoed back in queries and notifies.</summary>
    public string? Attach { get; }
}
