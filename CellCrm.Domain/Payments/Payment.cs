using CellCrm.Domain.Common;

namespace CellCrm.Domain.Payments;

/// <summary>Money received for a payment link (回款), recorded once per WeChat Pay transaction id. A payment that
/// arrives for a link that was already paid, cancelled or superseded is still recorded (the money was taken) and
/// marked <see cref="RequiresRefund"/>.</summary>
public class Payment : Entity
{
    public const int TransactionIdMaxLength = 32;
    public const int NoteMaxLength = 100;

    private Payment()
    {
        OutTradeNo = "";
        TransactionId = "";
    }

    internal Payment(PaymentLink link, string outTradeNo, string transactionId, long amountFen, DateTimeOffset paidAt,
        PaymentSource source, string? note, DateTimeOffset now)
    {
        PaymentLinkId = link.Id;
        CustomerId = link.CustomerId;
        ContractId = link.ContractId;
        OutTradeNo = outTradeNo;
        TransactionId = Guard.Required(transactionId, "微信支付订单号", TransactionIdMaxLength);
        AmountFen = amountFen;
        PaidAt = paidAt;
        Source = source;
        RequiresRefund = note is not null;
        Note = note;
        RecordedAt = now;
    }

    public Guid PaymentLinkId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? ContractId { get; private set; }

    public string OutTradeNo { get; private set; }

    /// <summary>WeChat Pay's transaction_id: unique, so the same payment can never be recorded twice.</summary>
    public string TransactionId { get; private set; }

    public long AmountFen { get; private set; }

    public DateTimeOffset PaidAt { get; private set; }

    public PaymentSource Source { get; private set; }

    public bool RequiresRefund { get; private set; }

    /// <summary>Why the payment needs a refund, for finance.</summary>
    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
