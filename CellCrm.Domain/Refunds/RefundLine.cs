using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;

namespace CellCrm.Domain.Refunds;

/// <summary>One received payment (or part of it) given back. Online lines carry our unique out_refund_no once the
/// payout starts; bank transfers carry the date, voucher number and optional voucher file finance records.</summary>
public class RefundLine : Entity
{
    public const int ReasonMaxLength = 200;
    public const int SourceLabelMaxLength = 80;
    public const int RefundIdMaxLength = 32;
    public const int VoucherNoMaxLength = 50;
    public const int FailureMaxLength = 200;
    public const int RecordedByMaxLength = 30;

    private RefundLine()
    {
        SourceLabel = "";
    }

    internal RefundLine(Guid applicationId, int sort, RefundLineDraft draft)
    {
        RefundApplicationId = applicationId;
        Sort = sort;
        SourceKind = draft.Source.Kind;
        SourceId = draft.Source.Id;
        SourceLabel = Guard.Required(draft.Source.Label, "退款来源", SourceLabelMaxLength);
        SourceReceivedFen = draft.Source.ReceivedFen;
        AmountFen = draft.AmountFen;
        Reason = Guard.Optional(draft.Reason, "退款原因", ReasonMaxLength, $"Lines[{sort}].Reason");
        Method = draft.Source.Kind == RefundSourceKind.OnlinePayment ? RefundPayoutMethod.WeChatPay : RefundPayoutMethod.BankTransfer;
        State = RefundLineState.Pending;
    }

    public Guid RefundApplicationId { get; private set; }

    public int Sort { get; private set; }

    public RefundSourceKind SourceKind { get; private set; }

    /// <summary>The <see cref="Payment"/> or offline collection refunded (no navigation: the offline collections
    /// live in another area).</summary>
    public Guid SourceId { get; private set; }

    /// <summary>What staff read for the source, e.g. "微信支付 4200… 2026-11-20 ¥87,800.00".</summary>
    public string SourceLabel { get; private set; }

    /// <summary>The amount the source received, for the refund API's <c>amount.total</c>.</summary>
    public long SourceReceivedFen { get; private set; }

    public long AmountFen { get; private set; }

    public string? Reason { get; private set; }

    public RefundPayoutMethod Method { get; private set; }

    public RefundLineState State { get; private set; }

    /// <summary>Ours, unique, given to WeChat Pay once; asking again with it refers to the same refund.</summary>
    public string? OutRefundNo { get; private set; }

    /// <summary>WeChat Pay's refund_id.</summary>
    public string? RefundId { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>Bank transfer: the date the money left (China date), the bank's voucher number, the voucher scan.</summary>
    public DateOnly? PaidOn { get; private set; }

    public string? VoucherNo { get; private set; }

    public Guid? VoucherFileId { get; private set; }

    public string? RecordedByName { get; private set; }

    internal void StartOnline()
    {
        if (Method == RefundPayoutMethod.WeChatPay && State == RefundLineState.Pending)
        {
            // A number per line that never changes: a second request for the line is the same refund to WeChat Pay.
            OutRefundNo = "TK" + Id.ToString("N");
            State = RefundLineState.Processing;
        }
    }

    internal void Accept(string refundId)
    {
        RefundId ??= Guard.Required(refundId, "微信退款单号", RefundIdMaxLength);
    }

    internal bool Complete(string? refundId, long refundFen, DateTimeOffset at)
    {
        if (State == RefundLineState.Refunded)
        {
            return false;
        }

        if (State != RefundLineState.Processing)
        {
            throw new DomainException("该退款明细不在退款中");
        }

        if (refundFen != AmountFen)
        {
            throw new DomainException($"退款金额{refundFen}分与退款明细金额{AmountFen}分不符");
        }

        if (refundId is not null)
        {
            Accept(refundId);
        }

        State = RefundLineState.Refunded;
        RefundedAt = at;
        FailureReason = null;
        return true;
    }

    internal bool Fail(string reason)
    {
        if (State is RefundLineState.Failed or RefundLineState.Refunded)
        {
            return false;
        }

        State = RefundLineState.Failed;
        FailureReason = Guard.Required(reason, "失败原因", FailureMaxLength);
        return true;
    }

    internal void SwitchToBankTransfer()
    {
        if (State != RefundLineState.Failed || Method != RefundPayoutMethod.WeChatPay)
        {
            throw new DomainException("只有原路退款失败的明细可以改为银行转账");
        }

        Method = RefundPayoutMethod.BankTransfer;
        State = RefundLineState.Pending;
    }

    internal void RecordBankTransfer(DateOnly paidOn, string? voucherNo, Guid? voucherFileId, string recordedBy, DateTimeOffset now)
    {
        if (Method != RefundPayoutMethod.BankTransfer)
        {
            throw new DomainException("原路退款的明细由微信支付退回，不能登记银行转账");
        }

        if (State == RefundLineState.Refunded)
        {
            throw new DomainException("该退款明细已登记退款，无需重复登记");
        }

        if (paidOn > ChinaTime.Today(now))
        {
            throw new DomainException("退款日期不能晚于今天", "PaidOn");
        }

        VoucherNo = Guard.Required(voucherNo, "银行凭证号", VoucherNoMaxLength, "VoucherNo");
        PaidOn = paidOn;
        VoucherFileId = voucherFileId;
        RecordedByName = Guard.Required(recordedBy, "登记人", RecordedByMaxLength);
        State = RefundLineState.Refunded;
        RefundedAt = now;
        FailureReason = null;
    }
}
