using CellCrm.Domain.Common;

namespace CellCrm.Domain.Contracts;

/// <summary>合同/订单 (SPEC §3.3, seed 000 §4.4–4.8). Totals are computed here in fen from the product lines, and a
/// line's amount after discount may move only within the chosen market policy (and an approved 优惠申请 when the
/// policy needs one). Status: 草稿 → 待签署 → 已签署 → 客服审核中 → 已生效; orders that need no signature go from
/// 草稿 to 已签署 at once. A paper contract reaches 已签署 by uploading the signed scan. Supplementary agreements
/// later move an effective contract to 已终止 or 已变更.</summary>
public class Contract : AggregateRoot
{
    public const int NumberMaxLength = 24;
    public const int ReasonMaxLength = 500;
    public const int ReferenceMaxLength = 40;

    private readonly List<ContractLine> _lines = [];
    private readonly List<ContractDemandList> _demandLists = [];

    private Contract()
    {
        Number = "";
        Mobile = "";
        StorageCity = "";
    }

    /// <param name="requestKey">The key of the form that created it: the same form submitted twice creates one contract.</param>
    public Contract(string number, ContractDetails details, Guid ownerId, Guid departmentId, DateTimeOffset now, Guid? requestKey = null)
        : this()
    {
        Number = Guard.Required(number, "合同编号", NumberMaxLength);
        RequestKey = requestKey;
        Apply(details.Validated());
        OwnerId = ownerId;
        DepartmentId = departmentId;
        CreatedAt = now;
        Status = ContractStatus.Draft;
    }

    /// <summary>合同编号: 755 + business code + yyyyMM + sequence, unique.</summary>
    public string Number { get; private set; }

    public Guid? RequestKey { get; private set; }

    public ContractBusinessType BusinessType { get; private set; }

    public ContractOrderType OrderType { get; private set; }

    public ContractStatus Status { get; private set; }

    /// <summary>The customer (for autologous storage: the storer, who signs).</summary>
    public Guid CustomerId { get; private set; }

    public Guid? FamilyArchiveId { get; private set; }

    /// <summary>移动电话 (stored encrypted).</summary>
    public string Mobile { get; private set; }

    /// <summary>是否储户本人申请.</summary>
    public bool StorerIsCustomer { get; private set; }

    public Guid? HospitalId { get; private set; }

    public string? HospitalDepartment { get; private set; }

    public string StorageCity { get; private set; }

    /// <summary>合同签订时间 as entered.</summary>
    public DateTimeOffset? SignedOn { get; private set; }

    public CertificateType CertificateType { get; private set; }

    /// <summary>是否加入“拯救慢飞天使”公益行动.</summary>
    public bool CharityOptIn { get; private set; }

    public string? Remarks { get; private set; }

    public Guid? MarketPolicyId { get; private set; }

    public string? MarketPolicyName { get; private set; }

    public Guid? DiscountApplicationId { get; private set; }

    /// <summary>合同金额 before discount, in fen: the sum of the lines' list amounts.</summary>
    public long AmountBeforeFen { get; private set; }

    /// <summary>合同金额 after discount, in fen: what the customer owes (payments collect against this).</summary>
    public long AmountFen { get; private set; }

    public long DiscountFen => AmountBeforeFen - AmountFen;

    public Guid OwnerId { get; private set; }

    public Guid DepartmentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When the contract reached 已签署 (signature or scan).</summary>
    public DateTimeOffset? SignatureCompletedAt { get; private set; }

    /// <summary>The uploaded scan of the signed paper contract.</summary>
    public Guid? PaperScanFileId { get; private set; }

    public DateTimeOffset? PaperScanUploadedAt { get; private set; }

    public DateTimeOffset? ReviewSubmittedAt { get; private set; }

    public string? ReviewRejectionReason { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public DateTimeOffset? EffectiveAt { get; private set; }

    /// <summary>The agreement (终止协议 or 变更协议) that last ended or changed the contract.</summary>
    public string? AgreementReference { get; private set; }

    public DateTimeOffset? TerminatedAt { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    public IReadOnlyCollection<ContractLine> Lines => _lines.AsReadOnly();

    public IReadOnlyCollection<ContractDemandList> DemandLists => _demandLists.AsReadOnly();

    public bool NeedsSignature => ContractDetails.NeedsSignature(OrderType);

    public bool IsEditable => Status == ContractStatus.Draft;

    /// <summary>Whether payments may be collected against it: submitted and not terminated.</summary>
    public bool AcceptsPayment => Status is not (ContractStatus.Draft or ContractStatus.Terminated);

    /// <summary>Changes the basic information (草稿 only).</summary>
    public void Update(ContractDetails details)
    {
        EnsureEditable();
        var valid = details.Validated();
        if (valid.CustomerId != CustomerId && DiscountApplicationId is not null)
        {
            throw new DomainException("合同已关联该客户的优惠申请，不能更换客户", nameof(CustomerId));
        }

        Apply(valid);
    }

    /// <summary>Sets the product lines and the market policy together and recomputes the totals. Without a policy no
    /// line may be discounted; with one, each eligible line may go down to the policy's minimum and other lines keep
    /// their list price; a policy that needs a 优惠申请 needs an approved one of this customer, and the contract's
    /// discount may not exceed what it approved.</summary>
    public void Price(IReadOnlyList<LineDraft> drafts, MarketPolicy? policy, DiscountApplication? application, DateOnly today)
    {
        EnsureEditable();
        if (BusinessType == ContractBusinessType.Prepayment)
        {
            throw new DomainException("预付款订单的合同产品为预设预付款产品，请填写预付款金额", "Lines");
        }

        if (drafts.Count == 0)
        {
            throw new DomainException("请添加合同产品", "Lines");
        }

        if (application is not null && policy is null)
        {
            throw new DomainException("关联优惠申请时请选择对应的市场政策", "MarketPolicyId");
        }

        if (policy is not null)
        {
            policy.EnsureUsableOn(today);
            if (policy.RequiresApplication && application is null)
            {
                throw new DomainException($"市场政策“{policy.Name}”需先提交优惠申请并审批通过后才能使用", "DiscountApplicationId");
            }

            if (!policy.RequiresApplication && application is not null)
            {
                throw new DomainException($"市场政策“{policy.Name}”可直接选用，无需关联优惠申请", "DiscountApplicationId");
            }
        }

        var lines = new List<ContractLine>();
        for (var i = 0; i < drafts.Count; i++)
        {
            lines.Add(Line(i, drafts[i], policy));
        }

        if (lines.GroupBy(l => l.ProductId).Any(g => g.Count() > 1))
        {
            throw new DomainException("同一产品请合并为一行，填写数量", "Lines");
        }

        var before = lines.Sum(l => l.AmountBeforeFen);
        var after = lines.Sum(l => l.AmountAfterFen);
        if (before > Money.MaxFen)
        {
            throw new DomainException("合同金额过大，请核对数量和价格", "Lines");
        }

        if (application is not null && before - after > application.DiscountFen)
        {
            throw new DomainException(
                $"折扣总金额{Money.Yuan(before - after)}元超过优惠申请{application.Number}批准的{Money.Yuan(application.DiscountFen)}元", "Lines");
        }

        application?.UseFor(Id, CustomerId, policy!.Id);
        _lines.Clear();
        _lines.AddRange(lines);
        MarketPolicyId = policy?.Id;
        MarketPolicyName = policy?.Name;
        DiscountApplicationId = application?.Id;
        AmountBeforeFen = before;
        AmountFen = after;
    }

    /// <summary>预付款订单 (seed 000 §5.5): the products are not known yet, so the one line is the preset prepayment
    /// product at the amount the customer pays in advance; no policy or discount applies.</summary>
    public void PricePrepayment(Guid presetProductId, string productCode, string productName, long amountFen)
    {
        EnsureEditable();
        if (BusinessType != ContractBusinessType.Prepayment)
        {
            throw new DomainException("只有预付款订单使用预设预付款产品", "Lines");
        }

        if (amountFen <= 0 || amountFen > Money.MaxFen)
        {
            throw new DomainException("请填写预付款金额（大于0）", "Lines[0].AmountAfter");
        }

        _lines.Clear();
        _lines.Add(new ContractLine(Id, 0, presetProductId, productCode, productName, amountFen, 1, amountFen));
        MarketPolicyId = null;
        MarketPolicyName = null;
        DiscountApplicationId = null;
        AmountBeforeFen = amountFen;
        AmountFen = amountFen;
    }

    /// <summary>提交: a contract to sign goes to 待签署; an order that needs no signature is complete at once (已签署)
    /// and goes on to 客服审核.</summary>
    public void Submit(DateTimeOffset now)
    {
        EnsureEditable();
        if (_lines.Count == 0)
        {
            throw new DomainException("请添加合同产品后再提交", "Lines");
        }

        SubmittedAt = now;
        if (NeedsSignature)
        {
            Status = ContractStatus.PendingSignature;
        }
        else
        {
            Status = ContractStatus.Signed;
            SignatureCompletedAt = now;
        }
    }

    /// <summary>撤回修改: back to 草稿 while nobody has signed.</summary>
    public void ReturnToDraft()
    {
        if (Status != ContractStatus.PendingSignature)
        {
            throw new DomainException($"合同{ContractLabels.Of(Status)}，不能撤回修改");
        }

        Status = ContractStatus.Draft;
        PaperScanFileId = null;
        PaperScanUploadedAt = null;
    }

    /// <summary>纸质合同: the scan of the signed paper replaces the electronic signature.</summary>
    public void AttachPaperScan(Guid fileId, DateTimeOffset now)
    {
        EnsureScanAccepted();
        PaperScanFileId = fileId;
        PaperScanUploadedAt = now;
        SignatureCompletedAt = now;
        Status = ContractStatus.Signed;
    }

    /// <summary>Refuses a scan now (checked before the file is stored, so a refused upload keeps nothing).</summary>
    public void EnsureScanAccepted()
    {
        if (OrderType != ContractOrderType.Paper)
        {
            throw new DomainException("只有纸质合同可以上传签署扫描件，电子合同请推送客户签署");
        }

        if (Status != ContractStatus.PendingSignature)
        {
            throw new DomainException($"合同{ContractLabels.Of(Status)}，不能上传签署扫描件");
        }
    }

    /// <summary>电子合同: the customer signed in WeChat (the signing pipeline calls this).</summary>
    public void MarkSignedElectronically(DateTimeOffset now)
    {
        if (OrderType != ContractOrderType.Electronic)
        {
            throw new DomainException("只有电子合同可以在线签署");
        }

        if (Status != ContractStatus.PendingSignature)
        {
            throw new DomainException($"合同{ContractLabels.Of(Status)}，不能再签署");
        }

        SignatureCompletedAt = now;
        Status = ContractStatus.Signed;
    }

    /// <summary>提交客服审核 of a signed contract (the 客服审批 request is started beside it).</summary>
    public void SubmitForReview(DateTimeOffset now)
    {
        if (Status != ContractStatus.Signed)
        {
            throw new DomainException(Status == ContractStatus.InReview ? "合同已在客服审核中，请勿重复提交" : $"合同{ContractLabels.Of(Status)}，签署完成后才能提交客服审核");
        }

        ReviewSubmittedAt = now;
        ReviewRejectionReason = null;
        Status = ContractStatus.InReview;
    }

    /// <summary>客服审核通过: the contract is effective.</summary>
    public void ApproveReview(DateTimeOffset now)
    {
        EnsureInReview();
        EffectiveAt = now;
        ReviewedAt = now;
        Status = ContractStatus.Effective;
    }

    /// <summary>客服驳回 with a reason: a paper contract goes back to 待签署 for a corrected scan, an electronic one to
    /// 待签署 for signing again; an order without signature goes back to 草稿 to be corrected.</summary>
    public void RejectReview(string reason, DateTimeOffset now)
    {
        EnsureInReview();
        ReviewRejectionReason = Guard.Required(reason, "驳回原因", ReasonMaxLength, "Reason");
        SignatureCompletedAt = null;
        PaperScanFileId = null;
        PaperScanUploadedAt = null;
        Status = NeedsSignature ? ContractStatus.PendingSignature : ContractStatus.Draft;
        ReviewedAt = now;
    }

    /// <summary>The submitter took the review back: the contract stays signed.</summary>
    public void WithdrawReview()
    {
        EnsureInReview();
        Status = ContractStatus.Signed;
    }

    /// <summary>An effective termination agreement (R-03 before sampling, R-04 after) ends the contract.</summary>
    public void Terminate(string agreementReference, DateTimeOffset now)
    {
        if (Status is not (ContractStatus.Effective or ContractStatus.Changed))
        {
            throw new DomainException($"合同{ContractLabels.Of(Status)}，只有已生效的合同可以终止");
        }

        AgreementReference = Guard.Required(agreementReference, "协议编号", ReferenceMaxLength);
        TerminatedAt = now;
        Status = ContractStatus.Terminated;
    }

    /// <summary>An effective storage-change agreement (三存改双存、三存改单存、双存改单存) reduces the products: the new
    /// lines keep only products of the contract, and the amount goes down.</summary>
    public void ChangeItems(string agreementReference, IReadOnlyList<LineDraft> drafts, DateTimeOffset now)
    {
        if (Status is not (ContractStatus.Effective or ContractStatus.Changed))
        {
            throw new DomainException($"合同{ContractLabels.Of(Status)}，只有已生效的合同可以变更存储项目");
        }

        if (drafts.Count == 0)
        {
            throw new DomainException("变更后至少保留一项产品；全部取消请办理终止协议", "Lines");
        }

        var lines = new List<ContractLine>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var existing = _lines.FirstOrDefault(l => l.ProductId == d.ProductId)
                ?? throw new DomainException($"变更存储项目只能减少原合同的产品，“{d.ProductName}”不在原合同中", "Lines");
            if (d.Quantity < 1 || d.Quantity > existing.Quantity)
            {
                throw new DomainException($"“{d.ProductName}”的数量只能减少", "Lines");
            }

            var amount = d.AmountAfterFen ?? existing.AmountAfterFen * d.Quantity / existing.Quantity;
            if (amount < 0 || amount > existing.AmountAfterFen)
            {
                throw new DomainException($"“{d.ProductName}”变更后的金额不能高于原金额", "Lines");
            }

            lines.Add(new ContractLine(Id, i, existing.ProductId, existing.ProductCode, existing.ProductName, existing.UnitListPriceFen, d.Quantity, amount));
        }

        var after = lines.Sum(l => l.AmountAfterFen);
        if (after >= AmountFen && lines.Sum(l => l.Quantity) >= _lines.Sum(l => l.Quantity))
        {
            throw new DomainException("变更存储项目须减少产品，变更后与原合同相同", "Lines");
        }

        AgreementReference = Guard.Required(agreementReference, "协议编号", ReferenceMaxLength);
        _lines.Clear();
        _lines.AddRange(lines);
        AmountBeforeFen = lines.Sum(l => l.AmountBeforeFen);
        AmountFen = after;
        ChangedAt = now;
        Status = ContractStatus.Changed;
    }

    private ContractLine Line(int index, LineDraft d, MarketPolicy? policy)
    {
        var field = $"Lines[{index}].AmountAfter";
        if (d.UnitListPriceFen is not { } unit)
        {
            throw new DomainException($"产品“{d.ProductName}”未定价，不能签约", $"Lines[{index}].ProductId");
        }

        if (d.Quantity is < 1 or > ContractLine.MaxQuantity)
        {
            throw new DomainException($"“{d.ProductName}”的数量须在1到{ContractLine.MaxQuantity}之间", $"Lines[{index}].Quantity");
        }

        var before = unit * d.Quantity;
        var after = d.AmountAfterFen ?? before;
        if (after < 0)
        {
            throw new DomainException($"“{d.ProductName}”的优惠后金额不能为负数", field);
        }

        if (after > before)
        {
            throw new DomainException($"“{d.ProductName}”的优惠后金额不能高于优惠前金额{Money.Yuan(before)}元", field);
        }

        if (after < before)
        {
            if (policy is null)
            {
                throw new DomainException($"未参与市场政策，“{d.ProductName}”的优惠后金额须等于优惠前金额{Money.Yuan(before)}元", field);
            }

            if (!policy.Covers(d.ProductId))
            {
                throw new DomainException($"“{d.ProductName}”不参与市场政策“{policy.Name}”，不能优惠", field);
            }

            var lowest = policy.MinimumLineAmount(unit, d.Quantity);
            if (after < lowest)
            {
                throw new DomainException($"“{d.ProductName}”的优惠后金额不能低于{Money.Yuan(lowest)}元（市场政策“{policy.Name}”允许的最低金额）", field);
            }
        }

        return new ContractLine(Id, index, d.ProductId, d.ProductCode, d.ProductName, unit, d.Quantity, after);
    }

    private void Apply(ContractDetails d)
    {
        BusinessType = d.BusinessType;
        OrderType = d.OrderType;
        CustomerId = d.CustomerId;
        FamilyArchiveId = d.FamilyArchiveId;
        Mobile = d.Mobile;
        StorerIsCustomer = d.StorerIsCustomer;
        HospitalId = d.HospitalId;
        HospitalDepartment = d.HospitalDepartment;
        StorageCity = d.StorageCity;
        SignedOn = d.SignedOn;
        CertificateType = d.CertificateType;
        CharityOptIn = d.CharityOptIn;
        Remarks = d.Remarks;
        _demandLists.RemoveAll(l => !d.DemandListIds.Contains(l.DemandListId));
        foreach (var id in d.DemandListIds.Where(id => _demandLists.All(l => l.DemandListId != id)))
        {
            _demandLists.Add(new ContractDemandList(Id, id));
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"合同{Number}{ContractLabels.Of(Status)}，不能修改");
        }
    }

    private void EnsureInReview()
    {
        if (Status != ContractStatus.InReview)
        {
            throw new DomainException($"合同{ContractLabels.Of(Status)}，不在客服审核中");
        }
    }
}
