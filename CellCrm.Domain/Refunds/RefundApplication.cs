using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.Refunds;

/// <summary>退款申请 (seed 000 §4.8): money received on a contract given back to its customer, line by line, never
/// more than was received minus what is already refunded or being refunded. Linked to a termination agreement
/// or standalone. The account is entered by staff or filled by the customer in the portal; the
/// application then goes through the Refund approval, and after approval is paid out online (WeChat Pay refund)
/// or by bank transfer.</summary>
public class RefundApplication : AggregateRoot
{
    public const string NumberPrefix = "TKSQ";
    public const int NumberMaxLength = 20;
    public const int ReasonMaxLength = 500;
    public const int RequestKeyMaxLength = 64;
    public const int NameMaxLength = 30;

    private readonly List<RefundLine> _lines = [];

    private RefundApplication()
    {
        Number = "";
        Reason = "";
        ApplicantName = "";
        RequestKey = "";
    }

    public RefundApplication(string number, Guid customerId, Guid contractId, Guid? terminationAgreementId, string? reason,
        IReadOnlyList<RefundLineDraft> lines, Guid applicantId, string applicantName, Guid departmentId, string requestKey, DateTimeOffset now)
        : this()
    {
        Number = Guard.Required(number, "退款申请编号", NumberMaxLength);
        CustomerId = customerId;
        ContractId = contractId;
        TerminationAgreementId = terminationAgreementId;
        Reason = Guard.Required(reason, "退款原因", ReasonMaxLength, nameof(Reason));
        if (lines.Count == 0)
        {
            throw new DomainException("请至少选择一笔要退的收款", "Lines");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Source.CustomerId != customerId || line.Source.ContractId != contractId)
            {
                throw new DomainException($"收款“{line.Source.Label}”不属于该合同", $"Lines[{i}].AmountYuan");
            }

            if (lines.Take(i).Any(l => l.Source.Kind == line.Source.Kind && l.Source.Id == line.Source.Id))
            {
                throw new DomainException($"收款“{line.Source.Label}”重复选择", $"Lines[{i}].AmountYuan");
            }

            if (line.AmountFen <= 0)
            {
                throw new DomainException("退款金额须大于0", $"Lines[{i}].AmountYuan");
            }

            if (line.AmountFen > line.Source.RefundableFen)
            {
                throw new DomainException($"退款金额不能超过该笔收款的可退金额{Money.Yuan(line.Source.RefundableFen)}元", $"Lines[{i}].AmountYuan");
            }

            _lines.Add(new RefundLine(Id, i, line));
        }

        ApplicantId = applicantId;
        ApplicantName = Guard.Required(applicantName, "申请人", NameMaxLength);
        DepartmentId = departmentId;
        RequestKey = Guard.Required(requestKey, "提交标识", RequestKeyMaxLength);
        CreatedAt = now;
        Status = RefundApplicationStatus.Draft;
    }

    public string Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ContractId { get; private set; }

    /// <summary>The termination agreement this refund follows, when there is one.</summary>
    public Guid? TerminationAgreementId { get; private set; }

    public string Reason { get; private set; }

    public IReadOnlyCollection<RefundLine> Lines => _lines;

    public long TotalFen => _lines.Sum(l => l.AmountFen);

    public string? AccountHolderName { get; private set; }

    public string? AccountBankName { get; private set; }

    public string? AccountNumber { get; private set; }

    public AccountFilledBy? AccountFilledBy { get; private set; }

    public DateTimeOffset? AccountFilledAt { get; private set; }

    public RefundAccount? Account => AccountNumber is null ? null : new RefundAccount(AccountHolderName, AccountBankName, AccountNumber);

    public Guid ApplicantId { get; private set; }

    public string ApplicantName { get; private set; }

    public Guid DepartmentId { get; private set; }

    /// <summary>The create form's one-time key: the same form submitted twice makes one application.</summary>
    public string RequestKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public RefundApplicationStatus Status { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset? PayoutStartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Staff enter the account (on the customer's behalf) while the application is a draft.</summary>
    public void EnterAccount(RefundAccount account, DateTimeOffset now)
    {
        if (Status is not (RefundApplicationStatus.Draft or RefundApplicationStatus.Rejected))
        {
            throw new DomainException($"退款申请{RefundLabels.Of(Status)}，不能修改账户");
        }

        SetAccount(account, Refunds.AccountFilledBy.Staff, now);
    }

    /// <summary>推送退款账户: the customer is asked to fill the account in the portal.</summary>
    public void RequestAccountFromCustomer()
    {
        if (Status != RefundApplicationStatus.Draft)
        {
            throw new DomainException($"退款申请{RefundLabels.Of(Status)}，不能推送客户填写账户");
        }

        Status = RefundApplicationStatus.AwaitingAccount;
    }

    /// <summary>The customer fills the account; the application then goes to approval. The same account sent again
    /// (a double tap, a second tab) changes nothing and returns false.</summary>
    public bool FillAccountByCustomer(Guid customerId, RefundAccount account, DateTimeOffset now)
    {
        if (customerId != CustomerId)
        {
            throw new DomainException("退款申请不存在");
        }

        if (Status != RefundApplicationStatus.AwaitingAccount)
        {
            if (AccountFilledBy == Refunds.AccountFilledBy.Customer && Account == account)
            {
                return false;
            }

            throw new DomainException("退款账户已提交，无需重复填写");
        }

        SetAccount(account, Refunds.AccountFilledBy.Customer, now);
        Submit(now);
        return true;
    }

    /// <summary>提交审批: needs the account.</summary>
    public void Submit(DateTimeOffset now)
    {
        if (Status is not (RefundApplicationStatus.Draft or RefundApplicationStatus.AwaitingAccount))
        {
            throw new DomainException($"退款申请{RefundLabels.Of(Status)}，不能提交审批");
        }

        if (AccountNumber is null)
        {
            throw new DomainException("请先填写退款账户，或推送客户填写", "Account");
        }

        Status = RefundApplicationStatus.InApproval;
        SubmittedAt = now;
    }

    public void Approve(DateTimeOffset now)
    {
        EnsureInApproval();
        Status = RefundApplicationStatus.Approved;
        DecidedAt = now;
        RejectionReason = null;
    }

    public void Reject(string? reason, DateTimeOffset now)
    {
        EnsureInApproval();
        Status = RefundApplicationStatus.Rejected;
        RejectionReason = Guard.Optional(reason, "驳回原因", ReasonMaxLength);
        DecidedAt = now;
    }

    /// <summary>The submitter withdrew the approval: the application is a draft again.</summary>
    public void Withdraw()
    {
        EnsureInApproval();
        Status = RefundApplicationStatus.Draft;
    }

    /// <summary>Sent into approval again (after a rejection or a withdrawal).</summary>
    public void Reopen(DateTimeOffset now)
    {
        if (Status is not (RefundApplicationStatus.Rejected or RefundApplicationStatus.Draft))
        {
            throw new DomainException($"退款申请{RefundLabels.Of(Status)}，不能重新提交");
        }

        Status = RefundApplicationStatus.Draft;
        RejectionReason = null;
        Submit(now);
    }

    /// <summary>发起退款: online lines get their out_refund_no and are 退款中; bank-transfer lines wait for finance.</summary>
    public void StartPayout(DateTimeOffset now)
    {
        if (Status != RefundApplicationStatus.Approved)
        {
            throw new DomainException($"退款申请{RefundLabels.Of(Status)}，审批通过后才能发起退款");
        }

        foreach (var line in _lines)
        {
            line.StartOnline();
        }

        Status = RefundApplicationStatus.Paying;
        PayoutStartedAt = now;
    }

    public RefundLine LineByOutRefundNo(string outRefundNo) =>
        _lines.FirstOrDefault(l => l.OutRefundNo == outRefundNo) ?? throw new DomainException("退款单号不属于该退款申请");

    /// <summary>WeChat Pay accepted the refund (its refund_id), not yet paid.</summary>
    public void MarkAccepted(string outRefundNo, string refundId) => LineByOutRefundNo(outRefundNo).Accept(refundId);

    /// <summary>WeChat Pay reports the refund paid (notify or query). A repeat returns false and changes nothing.</summary>
    public bool MarkRefunded(string outRefundNo, string? refundId, long refundFen, DateTimeOffset at)
    {
        var done = LineByOutRefundNo(outRefundNo).Complete(refundId, refundFen, at);
        if (done)
        {
            Settle(at);
        }

        return done;
    }

    /// <summary>WeChat Pay refused or closed the refund. A repeat returns false.</summary>
    public bool MarkFailed(string outRefundNo, string reason, DateTimeOffset at)
    {
        var failed = LineByOutRefundNo(outRefundNo).Fail(reason);
        if (failed)
        {
            Settle(at);
        }

        return failed;
    }

    /// <summary>A line WeChat Pay could not refund is paid by bank transfer instead.</summary>
    public void SwitchToBankTransfer(Guid lineId)
    {
        EnsurePaying();
        Line(lineId).SwitchToBankTransfer();
        Status = RefundApplicationStatus.Paying;
    }

    /// <summary>Finance records a bank transfer of one line (date, voucher number, voucher file).</summary>
    public void RecordBankTransfer(Guid lineId, DateOnly paidOn, string? voucherNo, Guid? voucherFileId, string recordedBy, DateTimeOffset now)
    {
        EnsurePaying();
        Line(lineId).RecordBankTransfer(paidOn, voucherNo, voucherFileId, recordedBy, now);
        Settle(now);
    }

    private RefundLine Line(Guid lineId) => _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainException("退款明细不存在");

    private void Settle(DateTimeOffset now)
    {
        if (_lines.All(l => l.State == RefundLineState.Refunded))
        {
            Status = RefundApplicationStatus.Refunded;
            CompletedAt = now;
        }
        else if (_lines.All(l => l.State is RefundLineState.Refunded or RefundLineState.Failed))
        {
            Status = RefundApplicationStatus.PartiallyFailed;
        }
    }

    private void SetAccount(RefundAccount account, AccountFilledBy by, DateTimeOffset now)
    {
        AccountHolderName = account.HolderName;
        AccountBankName = account.BankName;
        AccountNumber = account.Number;
        AccountFilledBy = by;
        AccountFilledAt = now;
    }

    private void EnsureInApproval()
    {
        if (Status != RefundApplicationStatus.InApproval)
        {
            throw new DomainException($"退款申请{RefundLabels.Of(Status)}，不在审批中");
        }
    }

    private void EnsurePaying()
    {
        if (Status is not (RefundApplicationStatus.Paying or RefundApplicationStatus.PartiallyFailed))
        {
            throw new DomainException($"退款申请{RefundLabels.Of(Status)}，不在退款中");
        }
    }
}
