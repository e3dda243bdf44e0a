using CellCrm.Domain.Common;

namespace CellCrm.Domain.Contracts;

/// <summary>优惠申请 (seed 000 §4.4): before a contract may use a VIP, medical or staff policy, the advisor applies
/// for the discount for one customer (reason, amounts), and the department leaders approve it on the approval
/// mechanism. An approved application is used by at most one contract, and that contract's discount may not exceed
/// the approved amount.</summary>
public class DiscountApplication : AggregateRoot
{
    public const string NumberPrefix = "YHSQ";
    public const int NumberMaxLength = 20;
    public const int ReasonMaxLength = 500;
    public const int SourceMaxLength = 60;

    private DiscountApplication()
    {
        Number = "";
        PolicyName = "";
        Reason = "";
    }

    public DiscountApplication(string number, Guid customerId, MarketPolicy policy, string? vipSource, string reason,
        long amountBeforeFen, long discountFen, Guid applicantId, Guid departmentId, DateTimeOffset now)
        : this()
    {
        if (!policy.RequiresApplication)
        {
            throw new DomainException($"市场政策“{policy.Name}”可直接选用，无需优惠申请", nameof(PolicyId));
        }

        policy.EnsureUsableOn(ChinaTime.Today(now));
        if (amountBeforeFen is <= 0 or > Money.MaxFen)
        {
            throw new DomainException("请填写大于0的优惠前金额", nameof(AmountBeforeFen));
        }

        if (discountFen <= 0 || discountFen > amountBeforeFen)
        {
            throw new DomainException("折扣总金额须大于0且不超过优惠前金额", nameof(DiscountFen));
        }

        Number = Guard.Required(number, "优惠申请编号", NumberMaxLength);
        CustomerId = customerId;
        PolicyId = policy.Id;
        PolicyName = policy.Name;
        PolicyCode = policy.Code;
        PolicyKind = policy.Kind;
        VipSource = Guard.Optional(vipSource, "优惠来源", SourceMaxLength, nameof(VipSource));
        Reason = Guard.Required(reason, "优惠原因", ReasonMaxLength, nameof(Reason));
        AmountBeforeFen = amountBeforeFen;
        DiscountFen = discountFen;
        ApplicantId = applicantId;
        DepartmentId = departmentId;
        CreatedAt = now;
        Status = DiscountApplicationStatus.Pending;
    }

    public string Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid PolicyId { get; private set; }

    public string PolicyName { get; private set; }

    public string? PolicyCode { get; private set; }

    public PolicyKind PolicyKind { get; private set; }

    /// <summary>VIP优惠来源 / 客户来源, as the applicant describes it.</summary>
    public string? VipSource { get; private set; }

    public string Reason { get; private set; }

    /// <summary>优惠前金额.</summary>
    public long AmountBeforeFen { get; private set; }

    /// <summary>折扣总金额: the most the contract may take off.</summary>
    public long DiscountFen { get; private set; }

    /// <summary>优惠后金额.</summary>
    public long AmountAfterFen => AmountBeforeFen - DiscountFen;

    public Guid ApplicantId { get; private set; }

    public Guid DepartmentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DiscountApplicationStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The contract that uses this approved discount; one at most.</summary>
    public Guid? UsedByContractId { get; private set; }

    public void Approve(DateTimeOffset now)
    {
        EnsurePending();
        Status = DiscountApplicationStatus.Approved;
        DecidedAt = now;
        RejectionReason = null;
    }

    public void Reject(string? reason, DateTimeOffset now)
    {
        EnsurePending();
        Status = DiscountApplicationStatus.Rejected;
        RejectionReason = Guard.Optional(reason, "驳回原因", ReasonMaxLength);
        DecidedAt = now;
    }

    public void Withdraw(DateTimeOffset now)
    {
        EnsurePending();
        Status = DiscountApplicationStatus.Withdrawn;
        DecidedAt = now;
    }

    /// <summary>Sent again after a rejection or a withdrawal.</summary>
    public void Reopen()
    {
        if (Status is not (DiscountApplicationStatus.Rejected or DiscountApplicationStatus.Withdrawn))
        {
            throw new DomainException("只有被驳回或已撤回的优惠申请可以重新提交");
        }

        Status = DiscountApplicationStatus.Pending;
        DecidedAt = null;
        RejectionReason = null;
    }

    /// <summary>Checks that a contract of <paramref name="customerId"/> may use this application with
    /// <paramref name="policyId"/>, and binds it to the contract.</summary>
    public void UseFor(Guid contractId, Guid customerId, Guid policyId)
    {
        if (Status != DiscountApplicationStatus.Approved)
        {
            throw new DomainException($"优惠申请{Number}{ContractLabels.Of(Status)}，审批通过后才能关联合同", "DiscountApplicationId");
        }

        if (customerId != CustomerId)
        {
            throw new DomainException($"优惠申请{Number}不是该客户的申请", "DiscountApplicationId");
        }

        if (policyId != PolicyId)
        {
            throw new DomainException($"优惠申请{Number}申请的是“{PolicyName}”，与所选市场政策不一致", "DiscountApplicationId");
        }

        if (UsedByContractId is { } other && other != contractId)
        {
            throw new DomainException($"优惠申请{Number}已被其他合同使用", "DiscountApplicationId");
        }

        UsedByContractId = contractId;
    }

    /// <summary>The contract no longer uses it (policy changed on a draft), so another contract may.</summary>
    public void Release(Guid contractId)
    {
        if (UsedByContractId == contractId)
        {
            UsedByContractId = null;
        }
    }

    private void EnsurePending()
    {
        if (Status != DiscountApplicationStatus.Pending)
        {
            throw new DomainException($"优惠申请{Number}{ContractLabels.Of(Status)}，不能再审批");
        }
    }
}
