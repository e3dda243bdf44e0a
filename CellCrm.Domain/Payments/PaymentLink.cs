using CellCrm.Domain.Common;

namespace CellCrm.Domain.Payments;

/// <summary>线上收款 (SPEC §3.4, seed 000 §5.2): a payment notice sent to a customer, payable in the portal for 10
/// months from sending. Each tap on 支付 uses a JSAPI order (<see cref="PaymentAttempt"/>); a new order number is
/// used only once the previous order is known to be unpaid and closed, so a link is charged at most once.</summary>
public class PaymentLink : AggregateRoot
{
    public const int ReasonMaxLength = 100;
    public const int NameMaxLength = 30;
    public const int ValidityMonths = 10;
    public const long MaxAmountFen = 100_000_000_00;

    private readonly List<PaymentAttempt> _attempts = [];
    private List<Guid> _planLineIds = [];

    private PaymentLink()
    {
        Reason = "";
        CreatedByName = "";
    }

    private PaymentLink(Guid customerId, long amountFen, string reason, Guid? contractId, IEnumerable<Guid>? planLineIds,
        Guid? staffId, string staffName, DateTimeOffset now)
    {
        if (amountFen <= 0)
        {
            throw new DomainException("收款金额应大于0", nameof(AmountFen));
        }

        if (amountFen > MaxAmountFen)
        {
            throw new DomainException($"收款金额不能超过{PaymentLinkLabels.Yuan(MaxAmountFen)}元", nameof(AmountFen));
        }

        CustomerId = customerId;
        AmountFen = amountFen;
        Reason = Guard.Required(reason, "收款理由", ReasonMaxLength, nameof(Reason));
        ContractId = contractId;
        _planLineIds = planLineIds?.Distinct().ToList() ?? [];
        CreatedById = staffId;
        CreatedByName = staffName.Length > NameMaxLength ? staffName[..NameMaxLength] : staffName;
        SentAt = now;
        ExpiresAt = ExpiryOf(now);
        State = PaymentLinkState.Pending;
    }

    public Guid CustomerId { get; private set; }

    /// <summary>The contract the money is for, once contracts exist (no foreign key yet).</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>The payment-plan lines (回款计划) this collection covers; empty for a free amount.</summary>
    public IReadOnlyList<Guid> PlanLineIds => _planLineIds;

    public long AmountFen { get; private set; }

    /// <summary>收款理由, e.g. the contract number.</summary>
    public string Reason { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public PaymentLinkState State { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public string? TransactionId { get; private set; }

    public Guid? CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>The link that replaced this one (已被替代).</summary>
    public Guid? SupersededById { get; private set; }

    public IReadOnlyCollection<PaymentAttempt> Attempts => _attempts;

    /// <summary>The order whose outcome is not known yet, if any: it must be queried (and closed when unpaid)
    /// before another order is placed.</summary>
    public PaymentAttempt? OpenAttempt => _attempts.FirstOrDefault(a => a.State == PaymentAttemptState.Open);

    public string PortalPath => $"/Payments/{Id}";

    /// <summary>发起收款: a link valid <see cref="ValidityMonths"/> months from <paramref name="now"/>.</summary>
    public static PaymentLink Send(Guid customerId, long amountFen, string reason, Guid? contractId, IEnumerable<Guid>? planLineIds,
        Guid? staffId, string staffName, DateTimeOffset now) =>
        new(customerId, amountFen, reason, contractId, planLineIds, staffId, staffName, now);

    /// <summary>Ten calendar months after sending, in China time ("付款链接10个月有效").</summary>
    public static DateTimeOffset ExpiryOf(DateTimeOffset sentAt) =>
        ChinaTime.ToChina(sentAt).AddMonths(ValidityMonths).ToUniversalTime();

    /// <summary>The state as the customer sees it at <paramref name="now"/>: a pending link past its expiry is expired
    /// even before the reconciliation job records it.</summary>
    public PaymentLinkState StateAt(DateTimeOffset now) =>
        State == PaymentLinkState.Pending && now >= ExpiresAt ? PaymentLinkState.Expired : State;

    public bool IsPayable(DateTimeOffset now) => StateAt(now) == PaymentLinkState.Pending;

    public void EnsurePayable(DateTimeOffset now)
    {
        switch (StateAt(now))
        {
            case PaymentLinkState.Pending:
                return;
            case PaymentLinkState.Paid:
                throw new DomainException("该款项已支付，无需重复支付");
            case PaymentLinkState.Expired:
                throw new DomainException($"付款链接已过期（有效期至{ChinaTime.Format(ExpiresAt)}），请联系您的顾问");
            case PaymentLinkState.Cancelled:
                throw new DomainException("该付款链接已取消，无法支付");
            case PaymentLinkState.Superseded:
                throw new DomainException("该付款链接已被新的付款链接替代，请使用最新的缴费通知");
        }
    }

    /// <summary>A new JSAPI order for this link. Refused while an earlier order's outcome is unknown: the caller
    /// queries it and closes it first (<see cref="CloseAttempt"/>), so two orders are never payable at once.</summary>
    public PaymentAttempt StartAttempt(string outTradeNo, DateTimeOffset now)
    {
        EnsurePayable(now);
        if (OpenAttempt is not null)
        {
            throw new DomainException("上一笔支付的结果尚未确认，请稍后再试");
        }

        if (_attempts.Any(a => a.OutTradeNo == outTradeNo))
        {
            throw new DomainException("商户订单号已使用");
        }

        var attempt = new PaymentAttempt(Id, outTradeNo, now);
        _attempts.Add(attempt);
        return attempt;
    }

    public void RecordPrepay(string outTradeNo, string prepayId, DateTimeOffset validUntil) =>
        Attempt(outTradeNo).RecordPrepay(prepayId, validUntil);

    /// <summary>WeChat Pay says the order is unpaid (or never existed) and it is closed there.</summary>
    public void CloseAttempt(string outTradeNo, DateTimeOffset now) => Attempt(outTradeNo).Close(now);

    public void MarkAttemptChecked(string outTradeNo, DateTimeOffset now) => Attempt(outTradeNo).MarkChecked(now);

    /// <summary>Records WeChat Pay's report that <paramref name="outTradeNo"/> was paid. Returns the payment to
    /// store, or null when this transaction was already recorded (a replayed notify). The amount must be the
    /// link's; money arriving for a link that is no longer payable is recorded for refund, never dropped.</summary>
    public Payment? Credit(string outTradeNo, string transactionId, long amountFen, DateTimeOffset paidAt, PaymentSource source, DateTimeOffset now)
    {
        var attempt = Attempt(outTradeNo);
        if (amountFen != AmountFen)
        {
            throw new DomainException($"支付金额{PaymentLinkLabels.Yuan(amountFen)}元与付款链接金额{PaymentLinkLabels.Yuan(AmountFen)}元不符");
        }

        if (attempt.State == PaymentAttemptState.Paid)
        {
            if (attempt.TransactionId == transactionId)
            {
                return null;
            }

            throw new DomainException("同一商户订单号出现了两个微信支付订单号");
        }

        attempt.MarkPaid(transactionId, now);
        string? note = null;
        switch (State)
        {
            case PaymentLinkState.Pending:
                // A prepay is never valid past the link's expiry (time_expire), so a payment reported after it was
                // still made in time.
                State = PaymentLinkState.Paid;
                PaidAt = paidAt;
                TransactionId = transactionId;
                break;
            case PaymentLinkState.Paid:
                note = "该付款链接已支付，重复支付需退款";
                break;
            case PaymentLinkState.Cancelled:
                note = "付款链接已取消后到账，需退款";
                break;
            case PaymentLinkState.Superseded:
                note = "付款链接已被替代后到账，需退款";
                break;
            case PaymentLinkState.Expired:
                note = "付款链接已过期后到账，需退款";
                break;
        }

        return new Payment(this, outTradeNo, transactionId, amountFen, paidAt, source, note, now);
    }

    /// <summary>Staff withdraw the notice. Any order still open must have been closed at WeChat Pay first.</summary>
    public void Cancel(string reason, DateTimeOffset now)
    {
        RequireChangeable(now, "取消");
        CancelReason = Guard.Required(reason, "取消原因", ReasonMaxLength, nameof(CancelReason));
        State = PaymentLinkState.Cancelled;
        CancelledAt = now;
    }

    /// <summary>Staff send a corrected notice instead (amount or reason changed): this link stops being payable.</summary>
    public PaymentLink Supersede(long amountFen, string reason, Guid? staffId, string staffName, DateTimeOffset now)
    {
        RequireChangeable(now, "替代");
        var next = new PaymentLink(CustomerId, amountFen, reason, ContractId, _planLineIds, staffId, staffName, now);
        State = PaymentLinkState.Superseded;
        SupersededById = next.Id;
        CancelledAt = now;
        return next;
    }

    /// <summary>Records the expiry of a pending link past its date (reconciliation), once no order is open.</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (State != PaymentLinkState.Pending || now < ExpiresAt || OpenAttempt is not null)
        {
            return false;
        }

        State = PaymentLinkState.Expired;
        return true;
    }

    private void RequireChangeable(DateTimeOffset now, string action)
    {
        var state = StateAt(now);
        if (state != PaymentLinkState.Pending)
        {
            throw new DomainException($"付款链接{PaymentLinkLabels.Of(state)}，不能{action}");
        }

        if (OpenAttempt is not null)
        {
            throw new DomainException("客户可能正在支付，请确认支付结果后再操作");
        }
    }

    private PaymentAttempt Attempt(string outTradeNo) =>
        _attempts.FirstOrDefault(a => a.OutTradeNo == outTradeNo)
        ?? throw new DomainException("该商户订单号不属于此付款链接");
}
