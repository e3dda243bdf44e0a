using CellCrm.Domain.Common;

namespace CellCrm.Domain.Payments;

/// <summary>One JSAPI order placed for a <see cref="PaymentLink"/>: our out_trade_no, the prepay id WeChat Pay gave
/// (usable for about two hours) and whether it was paid or closed. Changed only through its link.</summary>
public class PaymentAttempt : Entity
{
    public const int PrepayIdMaxLength = 64;

    private PaymentAttempt()
    {
        OutTradeNo = "";
    }

    internal PaymentAttempt(Guid linkId, string outTradeNo, DateTimeOffset now)
    {
        PaymentLinkId = linkId;
        OutTradeNo = PaymentNumbers.OutTradeNo(outTradeNo);
        State = PaymentAttemptState.Open;
        CreatedAt = now;
    }

    public Guid PaymentLinkId { get; private set; }

    public string OutTradeNo { get; private set; }

    public string? PrepayId { get; private set; }

    public DateTimeOffset? PrepayExpiresAt { get; private set; }

    public PaymentAttemptState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When WeChat Pay last told us about it (notify or query).</summary>
    public DateTimeOffset? CheckedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? TransactionId { get; private set; }

    /// <summary>Whether its prepay can still be handed to the payment page at <paramref name="now"/>, keeping a
    /// margin so the customer has time to pay.</summary>
    public bool HasUsablePrepay(DateTimeOffset now, TimeSpan margin) =>
        State == PaymentAttemptState.Open && PrepayId is not null && PrepayExpiresAt > now + margin;

    internal void RecordPrepay(string prepayId, DateTimeOffset validUntil)
    {
        if (State != PaymentAttemptState.Open)
        {
            throw new DomainException("该支付订单已结束，不能再支付");
        }

        PrepayId = Guard.Required(prepayId, "预支付交易会话标识", PrepayIdMaxLength);
        PrepayExpiresAt = validUntil;
    }

    internal void MarkChecked(DateTimeOffset now) => CheckedAt = now;

    internal void Close(DateTimeOffset now)
    {
        if (State == PaymentAttemptState.Paid)
        {
            throw new DomainException("该支付订单已支付，不能关闭");
        }

        State = PaymentAttemptState.Closed;
        ClosedAt ??= now;
        CheckedAt = now;
    }

    internal void MarkPaid(string transactionId, DateTimeOffset now)
    {
        State = PaymentAttemptState.Paid;
        TransactionId = transactionId;
        CheckedAt = now;
    }
}
