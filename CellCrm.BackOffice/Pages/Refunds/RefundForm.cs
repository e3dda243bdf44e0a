using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Refunds;

namespace CellCrm.BackOffice.Pages.Refunds;

/// <summary>新建退款申请: one row per received payment of the contract (an amount only where money goes back), the
/// reason, and the account when staff enter it themselves.</summary>
public sealed class RefundForm
{
    [Required(ErrorMessage = "请填写退款原因")]
    [StringLength(RefundApplication.ReasonMaxLength, ErrorMessage = "退款原因不能超过{1}个字符")]
    public string? Reason { get; set; }

    public List<LineInput> Lines { get; set; } = [];

    public AccountInput Account { get; set; } = new();

    public string RequestKey { get; set; } = Guid.NewGuid().ToString();

    public sealed class LineInput
    {
        public RefundSourceKind Kind { get; set; }

        public Guid SourceId { get; set; }

        public string? AmountYuan { get; set; }

        [StringLength(RefundLine.ReasonMaxLength, ErrorMessage = "明细原因不能超过{1}个字符")]
        public string? Reason { get; set; }
    }
}

/// <summary>户名, 开户行, 账号 as typed; the domain checks them (<see cref="RefundAccount"/>).</summary>
public sealed class AccountInput
{
    public string? HolderName { get; set; }

    public string? BankName { get; set; }

    public string? Number { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(HolderName) && string.IsNullOrWhiteSpace(BankName) && string.IsNullOrWhiteSpace(Number);
}
