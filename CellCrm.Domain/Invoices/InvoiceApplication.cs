using System.Text.RegularExpressions;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.Invoices;

/// <summary>开票申请 (SPEC §3.4) on the money a contract has received: the title (个人 or 企业 with its tax id), the
/// amount, and where to send the invoice. Finance then records the issued invoice (number, date, attachment) or
/// rejects the application with a reason. An application that is pending or issued counts against what may still
/// be invoiced, so the invoices of a contract never exceed what it received.</summary>
public partial class InvoiceApplication : AggregateRoot
{
    public const string NumberPrefix = "KPSQ";
    public const int NumberMaxLength = 20;
    public const int TitleMaxLength = 100;
    public const int EmailMaxLength = 100;
    public const int InvoiceNumberMaxLength = 20;
    public const int ReasonMaxLength = 500;

    private InvoiceApplication()
    {
        Number = "";
        Title = "";
        Email = "";
    }

    public InvoiceApplication(string number, Guid contractId, Guid customerId, Guid departmentId, InvoiceTitleType titleType, string title,
        string? taxId, long amountFen, long invoiceableFen, string email, Guid applicantId, Guid requestKey, DateTimeOffset now)
        : this()
    {
        if (amountFen <= 0)
        {
            throw new DomainException("请填写大于0的开票金额", nameof(AmountFen));
        }

        if (amountFen > invoiceableFen)
        {
            throw new DomainException($"开票金额不能超过可开票金额{Money.Yuan(Math.Max(0, invoiceableFen))}元", nameof(AmountFen));
        }

        Number = Guard.Required(number, "开票申请编号", NumberMaxLength);
        ContractId = contractId;
        CustomerId = customerId;
        DepartmentId = departmentId;
        TitleType = titleType;
        Title = Guard.Required(title, "发票抬头", TitleMaxLength, nameof(Title));
        TaxId = titleType == InvoiceTitleType.Company
            ? CreditCode.Normalize(Guard.Required(taxId, "纳税人识别号", CreditCode.Length + 4, nameof(TaxId)))
              ?? throw new DomainException("纳税人识别号应为18位统一社会信用代码，请核对", nameof(TaxId))
            : null;
        var mail = Guard.Required(email, "接收邮箱", EmailMaxLength, nameof(Email));
        Email = EmailPattern().IsMatch(mail) ? mail : throw new DomainException("请填写正确的邮箱地址", nameof(Email));
        AmountFen = amountFen;
        ApplicantId = applicantId;
        RequestKey = requestKey;
        CreatedAt = now;
        Status = InvoiceApplicationStatus.Pending;
    }

    public string Number { get; private set; }

    public Guid ContractId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The contract's department, for data scope.</summary>
    public Guid DepartmentId { get; private set; }

    public InvoiceTitleType TitleType { get; private set; }

    public string Title { get; private set; }

    /// <summary>纳税人识别号 (企业 only).</summary>
    public string? TaxId { get; private set; }

    public long AmountFen { get; private set; }

    public string Email { get; private set; }

    public Guid ApplicantId { get; private set; }

    /// <summary>Issued with the form, so submitting it twice applies once.</summary>
    public Guid RequestKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public InvoiceApplicationStatus Status { get; private set; }

    public string? InvoiceNumber { get; private set; }

    public DateOnly? InvoiceDate { get; private set; }

    public Guid? AttachmentFileId { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Whether it counts against what the contract may still invoice.</summary>
    public bool CountsAgainstReceived => Status is InvoiceApplicationStatus.Pending or InvoiceApplicationStatus.Issued;

    /// <summary>已开票: finance records the invoice issued for this application.</summary>
    public void Issue(string invoiceNumber, DateOnly invoiceDate, Guid? attachmentFileId, Guid financeId, DateTimeOffset now)
    {
        var number = CheckIssue(invoiceNumber, invoiceDate, now);
        Status = InvoiceApplicationStatus.Issued;
        InvoiceNumber = number;
        InvoiceDate = invoiceDate;
        AttachmentFileId = attachmentFileId;
        DecidedById = financeId;
        DecidedAt = now;
    }

    /// <summary>The checks of <see cref="Issue"/> alone, so the invoice file is stored only for an issue that will be
    /// accepted. Returns the cleaned invoice number.</summary>
    public string CheckIssue(string invoiceNumber, DateOnly invoiceDate, DateTimeOffset now)
    {
        EnsurePending();
        var number = Guard.Required(invoiceNumber, "发票号码", InvoiceNumberMaxLength, nameof(InvoiceNumber));
        if (!InvoiceNumberPattern().IsMatch(number))
        {
            throw new DomainException("发票号码应为8至20位数字", nameof(InvoiceNumber));
        }

        if (invoiceDate > ChinaTime.Today(now))
        {
            throw new DomainException("开票日期不能晚于今天", nameof(InvoiceDate));
        }

        if (invoiceDate < ChinaTime.Today(CreatedAt))
        {
            throw new DomainException("开票日期不能早于申请日期", nameof(InvoiceDate));
        }

        return number;
    }

    /// <summary>已驳回, with the reason the applicant reads.</summary>
    public void Reject(string reason, Guid financeId, DateTimeOffset now)
    {
        EnsurePending();
        RejectionReason = Guard.Required(reason, "驳回原因", ReasonMaxLength, nameof(RejectionReason));
        Status = InvoiceApplicationStatus.Rejected;
        DecidedById = financeId;
        DecidedAt = now;
    }

    private void EnsurePending()
    {
        if (Status != InvoiceApplicationStatus.Pending)
        {
            throw new DomainException($"开票申请{Number}{InvoiceLabels.Of(Status)}，不能再处理");
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{8,20}$")]
    private static partial Regex InvoiceNumberPattern();
}
