using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.OfflineCollections;

/// <summary>线下收款 (seed 000 §5.3, §5.5; SPEC §3.4): money received outside WeChat Pay, entered against a contract
/// with its method, actual receipt date, payer and the amounts per contract product (each at most what that line
/// still owes, together at most what the contract still owes). Entering it (提交, 待核对) counts it as received; the
/// manual asks for entry on the day of receipt, so one entered later is marked 补录. Finance then checks it
/// (核对人, 核对日期, 回款核对, 是否有错误): 已核对 keeps it counted; 核对有误 takes it out of the received amount
/// until the entering staff correct and enter it again.</summary>
public class OfflineCollection : AggregateRoot
{
    public const int PayerMaxLength = 50;
    public const int OtherMethodMaxLength = 50;
    public const int RemarksMaxLength = 500;
    public const int ErrorNoteMaxLength = 500;
    public const int ContractNumberMaxLength = Contract.NumberMaxLength;

    private readonly List<OfflineCollectionLine> _lines = [];

    private OfflineCollection()
    {
        ContractNumber = "";
        Payer = "";
        EnteredByName = "";
    }

    /// <param name="requestKey">The key of the form that created it: the same form submitted twice creates one collection.</param>
    public OfflineCollection(Contract contract, OfflineCollectionDetails details, CollectedSoFar collected, StaffRef enteredBy,
        DateTimeOffset now, Guid? requestKey = null)
        : this()
    {
        ContractId = contract.Id;
        ContractNumber = contract.Number;
        CustomerId = contract.CustomerId;
        OwnerId = contract.OwnerId;
        DepartmentId = contract.DepartmentId;
        IsPrepaymentOrder = contract.BusinessType == ContractBusinessType.Prepayment;
        EnteredById = enteredBy.Id;
        EnteredByName = enteredBy.Name;
        CreatedAt = now;
        RequestKey = requestKey;
        Status = OfflineCollectionStatus.Draft;
        Apply(contract, details, collected, now);
    }

    public Guid ContractId { get; private set; }

    public string ContractNumber { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The contract's owner and department, copied for the data scope of the lists.</summary>
    public Guid OwnerId { get; private set; }

    public Guid DepartmentId { get; private set; }

    /// <summary>Whether the money is paid into a 预付款订单 (it then builds that order's balance).</summary>
    public bool IsPrepaymentOrder { get; private set; }

    public Guid? RequestKey { get; private set; }

    public OfflineMethod Method { get; private set; }

    /// <summary>The method written out when <see cref="Method"/> is 其他.</summary>
    public string? OtherMethod { get; private set; }

    /// <summary>The 预付款订单 a 预付款抵扣 draws on.</summary>
    public Guid? PrepaymentOrderId { get; private set; }

    /// <summary>实际回款日期 (China date).</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>付款人.</summary>
    public string Payer { get; private set; }

    public string? Remarks { get; private set; }

    public long AmountFen { get; private set; }

    public OfflineCollectionStatus Status { get; private set; }

    public Guid EnteredById { get; private set; }

    public string EnteredByName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>录入时间: when it was first entered (提交); the receipt counts from then on.</summary>
    public DateTimeOffset? EnteredAt { get; private set; }

    /// <summary>补录: entered after the day of receipt (the manual: 回款当天务必将回款录入系统).</summary>
    public bool IsLate { get; private set; }

    public Guid? CheckerId { get; private set; }

    public string? CheckerName { get; private set; }

    /// <summary>核对日期.</summary>
    public DateOnly? CheckedOn { get; private set; }

    /// <summary>回款核对.</summary>
    public ReceiptCheck? CheckResult { get; private set; }

    /// <summary>是否有错误.</summary>
    public bool HasError { get; private set; }

    public string? ErrorNote { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public IReadOnlyCollection<OfflineCollectionLine> Lines => _lines.AsReadOnly();

    public bool IsDeduction => Method == OfflineMethod.PrepaymentDeduction;

    /// <summary>Whether the amount counts as received by the contract: entered and not found wrong.</summary>
    public bool Counts => Status is OfflineCollectionStatus.PendingCheck or OfflineCollectionStatus.Checked;

    /// <summary>Staff may still change it: a draft, or one finance found wrong.</summary>
    public bool IsEditable => Status is OfflineCollectionStatus.Draft or OfflineCollectionStatus.Erroneous;

    public string MethodLabel => Method == OfflineMethod.Other && OtherMethod is not null
        ? $"其他（{OtherMethod}）"
        : OfflineCollectionLabels.Of(Method);

    /// <summary>Changes what was entered (草稿, or 核对有误 before entering it again).</summary>
    public void Update(Contract contract, OfflineCollectionDetails details, CollectedSoFar collected, DateTimeOffset now)
    {
        EnsureEditable();
        if (contract.Id != ContractId)
        {
            throw new DomainException("线下收款不能更换合同");
        }

        Apply(contract, details, collected, now);
    }

    /// <summary>提交: the receipt is entered and counts from now on; its amounts are checked again against what the
    /// contract owes now (other entries may have come in since the draft). The first entry after the day of receipt
    /// marks it 补录.</summary>
    public void Enter(Contract contract, CollectedSoFar collected, DateTimeOffset now)
    {
        if (Status is OfflineCollectionStatus.PendingCheck or OfflineCollectionStatus.Checked)
        {
            throw new DomainException("该线下收款已录入，请勿重复提交");
        }

        EnsureAccepts(contract);
        CheckAmounts(contract, [.. _lines.Select(l => new CollectionLineDraft(l.ContractLineId, l.AmountFen))], collected);
        if (EnteredAt is null)
        {
            EnteredAt = now;
            IsLate = ChinaTime.Today(now) > ReceivedOn;
        }

        CheckerId = null;
        CheckerName = null;
        CheckedOn = null;
        CheckResult = null;
        HasError = false;
        ErrorNote = null;
        CheckedAt = null;
        Status = OfflineCollectionStatus.PendingCheck;
    }

    /// <summary>核对 by finance. A result other than 已到账/一致 is an error and needs the note saying what is wrong.</summary>
    public void Check(StaffRef checker, DateOnly checkedOn, ReceiptCheck result, bool hasError, string? errorNote, DateTimeOffset now)
    {
        if (Status != OfflineCollectionStatus.PendingCheck)
        {
            throw new DomainException(Status == OfflineCollectionStatus.Draft
                ? "草稿尚未提交，不能核对"
                : $"该线下收款{OfflineCollectionLabels.Of(Status)}，不能重复核对");
        }

        if (!Enum.IsDefined(result))
        {
            throw new DomainException("请选择回款核对结果", "CheckResult");
        }

        if (checkedOn < ReceivedOn)
        {
            throw new DomainException("核对日期不能早于实际回款日期", "CheckedOn");
        }

        if (checkedOn > ChinaTime.Today(now))
        {
            throw new DomainException("核对日期不能晚于今天", "CheckedOn");
        }

        if (result != ReceiptCheck.Matched && !hasError)
        {
            throw new DomainException($"回款核对为“{OfflineCollectionLabels.Of(result)}”，请选择有错误并说明", "HasError");
        }

        var note = hasError ? Guard.Required(errorNote, "错误说明", ErrorNoteMaxLength, "ErrorNote") : null;
        CheckerId = checker.Id;
        CheckerName = checker.Name;
        CheckedOn = checkedOn;
        CheckResult = result;
        HasError = hasError;
        ErrorNote = note;
        CheckedAt = now;
        Status = hasError ? OfflineCollectionStatus.Erroneous : OfflineCollectionStatus.Checked;
    }

    private void Apply(Contract contract, OfflineCollectionDetails d, CollectedSoFar collected, DateTimeOffset now)
    {
        EnsureAccepts(contract);
        if (!Enum.IsDefined(d.Method))
        {
            throw new DomainException("请选择回款方式", "Method");
        }

        string? other = null;
        if (d.Method == OfflineMethod.Other)
        {
            other = Guard.Required(d.OtherMethod, "其他回款方式", OtherMethodMaxLength, "OtherMethod");
        }

        if (d.Method == OfflineMethod.PrepaymentDeduction)
        {
            if (IsPrepaymentOrder)
            {
                throw new DomainException("预付款订单不能使用预付款抵扣", "Method");
            }

            if (d.PrepaymentOrderId is null)
            {
                throw new DomainException("请选择预付款订单", "PrepaymentOrderId");
            }
        }

        if (d.ReceivedOn > ChinaTime.Today(now))
        {
            throw new DomainException("实际回款日期不能晚于今天", "ReceivedOn");
        }

        var payer = Guard.Required(d.Payer, "付款人", PayerMaxLength, "Payer");
        var remarks = Guard.Optional(d.Remarks, "备注", RemarksMaxLength, "Remarks");
        var lines = CheckAmounts(contract, d.Lines, collected);

        Method = d.Method;
        OtherMethod = other;
        PrepaymentOrderId = d.Method == OfflineMethod.PrepaymentDeduction ? d.PrepaymentOrderId : null;
        ReceivedOn = d.ReceivedOn;
        Payer = payer;
        Remarks = remarks;
        _lines.Clear();
        _lines.AddRange(lines);
        AmountFen = lines.Sum(l => l.AmountFen);
    }

    /// <summary>Each line at most what its product still owes; the total above zero and at most what the contract
    /// still owes (online payments included).</summary>
    private List<OfflineCollectionLine> CheckAmounts(Contract contract, IReadOnlyList<CollectionLineDraft> drafts, CollectedSoFar collected)
    {
        if (drafts.Count == 0)
        {
            throw new DomainException("请添加线下回款明细", "Lines");
        }

        if (drafts.GroupBy(l => l.ContractLineId).Any(g => g.Count() > 1))
        {
            throw new DomainException("同一合同产品请合并为一行", "Lines");
        }

        var lines = new List<OfflineCollectionLine>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var field = $"Lines[{i}].Amount";
            var line = contract.Lines.FirstOrDefault(l => l.Id == d.ContractLineId)
                ?? throw new DomainException("回款明细须为本合同的产品", $"Lines[{i}].ContractLineId");
            if (d.AmountFen <= 0)
            {
                throw new DomainException($"“{line.ProductName}”的回款金额须大于0", field);
            }

            var owed = Math.Max(0, line.AmountAfterFen - collected.OnLine(line.Id));
            if (d.AmountFen > owed)
            {
                throw new DomainException($"“{line.ProductName}”的回款金额不能超过该产品未回款金额{Money.Yuan(owed)}元", field);
            }

            lines.Add(new OfflineCollectionLine(Id, i, line.Id, line.ProductId, line.ProductName, d.AmountFen));
        }

        var total = lines.Sum(l => l.AmountFen);
        var outstanding = Math.Max(0, contract.AmountFen - collected.TotalFen);
        if (total > outstanding)
        {
            throw new DomainException($"本次回款合计{Money.Yuan(total)}元，超过合同未收金额{Money.Yuan(outstanding)}元", "Lines");
        }

        return lines;
    }

    private static void EnsureAccepts(Contract contract)
    {
        if (!contract.AcceptsPayment)
        {
            throw new DomainException($"合同{contract.Number}{ContractLabels.Of(contract.Status)}，不能录入回款");
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"该线下收款{OfflineCollectionLabels.Of(Status)}，不能修改");
        }
    }
}
