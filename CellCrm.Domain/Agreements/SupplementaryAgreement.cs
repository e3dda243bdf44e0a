using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.Agreements;

/// <summary>补充协议 (seed 000 §4.8, SPEC §3.3), chained to an effective contract: termination, storage
/// change (三存改双存、三存改单存、双存改单存) or notice letter. Signed like the contract (electronically, or a paper
/// scan), then 客服审核; on approval a termination ends the contract and a storage change reduces its products and
/// amount, in the same unit of work. A contract has at most one termination or change in progress.</summary>
public class SupplementaryAgreement : AggregateRoot
{
    public const int NumberMaxLength = Contract.ReferenceMaxLength;
    public const int ReasonMaxLength = 500;
    public const int ItemsMaxLength = 40;

    private readonly List<SupplementaryAgreementLine> _lines = [];

    private SupplementaryAgreement()
    {
        Number = "";
        ContractNumber = "";
        Reason = "";
    }

    /// <summary>新建: checks the contract and the agreements it already has (<paramref name="existing"/>: all of
    /// them, for the number and the one-in-progress rule).</summary>
    public SupplementaryAgreement(Contract contract, AgreementDraft draft, IReadOnlyCollection<SupplementaryAgreement> existing,
        Guid createdById, DateTimeOffset now, Guid? requestKey = null)
        : this()
    {
        if (contract.Status is not (ContractStatus.Effective or ContractStatus.Changed))
        {
            throw new DomainException($"合同{ContractLabels.Of(contract.Status)}，只有已生效的合同可以签订补充协议");
        }

        if (existing.Any(a => a.ContractId != contract.Id))
        {
            throw new ArgumentException("Agreements of another contract.", nameof(existing));
        }

        if (!Enum.IsDefined(draft.Purpose))
        {
            throw new DomainException("请选择补充协议类型", nameof(Type));
        }

        if (!Enum.IsDefined(draft.Signing))
        {
            throw new DomainException("请选择协议签署方式", nameof(Signing));
        }

        Type = draft.Purpose switch
        {
            AgreementPurpose.Termination => draft.SampleCollected ? AgreementType.TerminationAfterSampling : AgreementType.TerminationBeforeSampling,
            AgreementPurpose.StorageChange => AgreementType.StorageChange,
            AgreementPurpose.NoticeLetter => AgreementType.NoticeLetter,
        };
        if (ChangesContract && existing.FirstOrDefault(a => a.ChangesContract && a.InProgress) is { } open)
        {
            throw new DomainException($"合同已有办理中的{AgreementLabels.Of(open.Type)}（{open.Number}），请办理完成或撤销后再新建", nameof(Type));
        }

        ContractId = contract.Id;
        ContractNumber = contract.Number;
        CustomerId = contract.CustomerId;
        OwnerId = contract.OwnerId;
        DepartmentId = contract.DepartmentId;
        Number = Guard.Required($"{contract.Number}-{AgreementLabels.Code(Type)}-{existing.Count + 1:D2}", "协议编号", NumberMaxLength);
        SampleCollected = draft.SampleCollected;
        Signing = draft.Signing;
        Reason = Guard.Required(draft.Reason, Type == AgreementType.NoticeLetter ? "告知内容" : "原因", ReasonMaxLength, nameof(Reason));
        ContractAmountFen = contract.AmountFen;
        if (Type == AgreementType.StorageChange)
        {
            PlanStorageChange(contract, draft.KeptItems);
        }

        OpenChangeContractId = ChangesContract ? contract.Id : null;
        CreatedById = createdById;
        CreatedAt = now;
        RequestKey = requestKey;
        Status = AgreementStatus.Draft;
    }

    /// <summary>协议编号: the contract's number, the type code and a sequence per contract, e.g. 755XSE202611001-R03-01.</summary>
    public string Number { get; private set; }

    public Guid? RequestKey { get; private set; }

    public Guid ContractId { get; private set; }

    public string ContractNumber { get; private set; }

    /// <summary>The contract's customer, owner and department, copied for the data-scope check.</summary>
    public Guid CustomerId { get; private set; }

    public Guid OwnerId { get; private set; }

    public Guid DepartmentId { get; private set; }

    public AgreementType Type { get; private set; }

    public AgreementStatus Status { get; private set; }

    public AgreementSigning Signing { get; private set; }

    /// <summary>样本是否已采集 when the agreement was made: what chose .</summary>
    public bool SampleCollected { get; private set; }

    /// <summary>终止/变更原因, or the content of a notice letter.</summary>
    public string Reason { get; private set; }

    public StorageChangeKind? ChangeKind { get; private set; }

    /// <summary>保留的存储项目 of a storage change, e.g. “脐带、胎盘”.</summary>
    public string? KeptItems { get; private set; }

    /// <summary>取消的存储项目 of a storage change.</summary>
    public string? CancelledItems { get; private set; }

    /// <summary>合同金额 when the agreement was made, in fen.</summary>
    public long ContractAmountFen { get; private set; }

    /// <summary>变更后合同金额 of a storage change (the kept lines' amounts), in fen.</summary>
    public long? AmountAfterFen { get; private set; }

    /// <summary>The contract while this termination or change is in progress, null otherwise: unique in the database,
    /// so two concurrent requests cannot both open one.</summary>
    public Guid? OpenChangeContractId { get; private set; }

    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? SignatureCompletedAt { get; private set; }

    public Guid? PaperScanFileId { get; private set; }

    public DateTimeOffset? PaperScanUploadedAt { get; private set; }

    public DateTimeOffset? ReviewSubmittedAt { get; private set; }

    public string? ReviewRejectionReason { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public DateTimeOffset? EffectiveAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokeReason { get; private set; }

    /// <summary>变更后的合同产品 of a storage change.</summary>
    public IReadOnlyCollection<SupplementaryAgreementLine> Lines => _lines.AsReadOnly();

    /// <summary>A termination or storage change (a notice letter changes nothing on the contract).</summary>
    public bool ChangesContract => Type != AgreementType.NoticeLetter;

    public bool InProgress => Status is not (AgreementStatus.Effective or AgreementStatus.Revoked);

    public bool IsTermination => Type is AgreementType.TerminationBeforeSampling or AgreementType.TerminationAfterSampling;

    /// <summary>提交: the agreement waits for the customer's signature (or the paper scan).</summary>
    public void Submit(DateTimeOffset now)
    {
        if (Status != AgreementStatus.Draft)
        {
            throw new DomainException($"补充协议{AgreementLabels.Of(Status)}，不能再提交");
        }

        SubmittedAt = now;
        Status = AgreementStatus.PendingSignature;
    }

    /// <summary>电子协议: the customer signed in WeChat (the signing pipeline calls this).</summary>
    public void MarkSignedElectronically(DateTimeOffset now)
    {
        if (Signing != AgreementSigning.Electronic)
        {
            throw new DomainException("只有电子协议可以在线签署，纸质协议请上传签署扫描件");
        }

        if (Status != AgreementStatus.PendingSignature)
        {
            throw new DomainException($"补充协议{AgreementLabels.Of(Status)}，不能再签署");
        }

        SignatureCompletedAt = now;
        Status = AgreementStatus.Signed;
    }

    /// <summary>Refuses a scan now (checked before the file is stored, so a refused upload keeps nothing).</summary>
    public void EnsureScanAccepted()
    {
        if (Signing != AgreementSigning.Paper)
        {
            throw new DomainException("只有纸质协议可以上传签署扫描件，电子协议请推送客户签署");
        }

        if (Status != AgreementStatus.PendingSignature)
        {
            throw new DomainException($"补充协议{AgreementLabels.Of(Status)}，不能上传签署扫描件");
        }
    }

    /// <summary>纸质协议: the scan of the signed paper replaces the electronic signature.</summary>
    public void AttachPaperScan(Guid fileId, DateTimeOffset now)
    {
        EnsureScanAccepted();
        PaperScanFileId = fileId;
        PaperScanUploadedAt = now;
        SignatureCompletedAt = now;
        Status = AgreementStatus.Signed;
    }

    /// <summary>提交客服审核 of a signed agreement.</summary>
    public void SubmitForReview(DateTimeOffset now)
    {
        if (Status != AgreementStatus.Signed)
        {
            throw new DomainException(Status == AgreementStatus.InReview
                ? "补充协议已在客服审核中，请勿重复提交"
                : $"补充协议{AgreementLabels.Of(Status)}，签署完成后才能提交客服审核");
        }

        ReviewSubmittedAt = now;
        ReviewRejectionReason = null;
        Status = AgreementStatus.InReview;
    }

    /// <summary>客服审核通过: the agreement takes effect on <paramref name="contract"/> — a termination ends it, a storage
    /// change keeps only the agreed lines (the amount goes down), a notice letter changes nothing.</summary>
    public void ApproveReview(Contract contract, DateTimeOffset now)
    {
        EnsureInReview();
        if (contract.Id != ContractId)
        {
            throw new ArgumentException("Not the agreement's contract.", nameof(contract));
        }

        switch (Type)
        {
            case AgreementType.TerminationBeforeSampling:
            case AgreementType.TerminationAfterSampling:
                contract.Terminate(Number, now);
                break;
            case AgreementType.StorageChange:
                contract.ChangeItems(Number, _lines.OrderBy(l => l.Sort)
                    .Select(l => new LineDraft(l.ProductId, l.ProductCode, l.ProductName, l.UnitListPriceFen, l.Quantity, l.AmountAfterFen)).ToList(), now);
                break;
            case AgreementType.NoticeLetter:
                break;
        }

        ReviewedAt = now;
        EffectiveAt = now;
        OpenChangeContractId = null;
        Status = AgreementStatus.Effective;
    }

    /// <summary>客服驳回 with a reason: back to 待签署 for signing again or a corrected scan.</summary>
    public void RejectReview(string reason, DateTimeOffset now)
    {
        EnsureInReview();
        ReviewRejectionReason = Guard.Required(reason, "驳回原因", ReasonMaxLength, "Reason");
        SignatureCompletedAt = null;
        PaperScanFileId = null;
        PaperScanUploadedAt = null;
        ReviewedAt = now;
        Status = AgreementStatus.PendingSignature;
    }

    /// <summary>The submitter took the review back: the agreement stays signed.</summary>
    public void WithdrawReview()
    {
        EnsureInReview();
        Status = AgreementStatus.Signed;
    }

    /// <summary>撤销 before it takes effect (not while customer service is reviewing it: withdraw the review first).</summary>
    public void Revoke(string reason, DateTimeOffset now)
    {
        if (Status is not (AgreementStatus.Draft or AgreementStatus.PendingSignature or AgreementStatus.Signed))
        {
            throw new DomainException(Status == AgreementStatus.InReview
                ? "补充协议在客服审核中，请先撤回审批再撤销"
                : $"补充协议{AgreementLabels.Of(Status)}，不能撤销");
        }

        RevokeReason = Guard.Required(reason, "撤销原因", ReasonMaxLength, "RevokeReason");
        RevokedAt = now;
        OpenChangeContractId = null;
        Status = AgreementStatus.Revoked;
    }

    /// <summary>The fields an agreement template fills (keys are the template's field names), for the signing
    /// pipeline; amounts in yuan, dates in China time.</summary>
    public IReadOnlyDictionary<string, string> TemplateFields(string customerName) => new Dictionary<string, string>
    {
        ["agreementNumber"] = Number,
        ["agreementType"] = AgreementLabels.Of(Type),
        ["contractNumber"] = ContractNumber,
        ["customerName"] = customerName,
        ["reason"] = Reason,
        ["sampleCollected"] = SampleCollected ? "是" : "否",
        ["contractAmount"] = Money.Yuan(ContractAmountFen),
        ["changeKind"] = ChangeKind is { } kind ? AgreementLabels.Of(kind) : "",
        ["keptItems"] = KeptItems ?? "",
        ["cancelledItems"] = CancelledItems ?? "",
        ["amountAfterChange"] = AmountAfterFen is { } after ? Money.Yuan(after) : "",
        ["keptProducts"] = string.Join("；", _lines.OrderBy(l => l.Sort).Select(l => $"{l.ProductName} ×{l.Quantity} {Money.Yuan(l.AmountAfterFen)}元")),
        ["date"] = ChinaTime.Today(CreatedAt).ToString("yyyy年M月d日"),
    };

    private void PlanStorageChange(Contract contract, IReadOnlyCollection<StorageItem> keptItems)
    {
        var before = StorageItems.Of(contract.Lines);
        var kept = keptItems.ToHashSet();
        ChangeKind = StorageItems.ChangeKind(before, kept);
        KeptItems = Items(kept);
        CancelledItems = Items(before.Except(kept));
        var sort = 0;
        foreach (var line in contract.Lines.OrderBy(l => l.Sort))
        {
            // Lines of other products (no storage item) stay as they are.
            if (StorageItems.Of(line.ProductName) is not { } item || kept.Contains(item))
            {
                _lines.Add(new SupplementaryAgreementLine(Id, sort++, line.ProductId, line.ProductCode, line.ProductName,
                    line.UnitListPriceFen, line.Quantity, line.AmountAfterFen));
            }
        }

        AmountAfterFen = _lines.Sum(l => l.AmountAfterFen);
    }

    private static string Items(IEnumerable<StorageItem> items) => string.Join("、", items.Order().Select(AgreementLabels.Of));

    private void EnsureInReview()
    {
        if (Status != AgreementStatus.InReview)
        {
            throw new DomainException($"补充协议{AgreementLabels.Of(Status)}，不在客服审核中");
        }
    }
}
