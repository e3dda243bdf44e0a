using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Payments;

namespace CellCrm.BackOffice.Services.Payments;

/// <summary>发起收款 as staff fill it in (a free amount and the reason; plan lines once contracts exist).
/// <see cref="RequestKey"/> is issued with the form so that submitting it twice sends once.</summary>
public sealed class PaymentLinkInput
{
    [Required(ErrorMessage = "请填写收款金额")]
    [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "收款金额应在0.01至100,000,000元之间")]
    [RegularExpression(@"^\d+(\.\d{1,2})?$", ErrorMessage = "收款金额最多两位小数")]
    public decimal? AmountYuan { get; set; }

    [Required(ErrorMessage = "请填写收款理由")]
    [StringLength(PaymentLink.ReasonMaxLength, ErrorMessage = "收款理由不能超过{1}个字符")]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "表单已失效，请刷新页面后重试")]
    public Guid? RequestKey { get; set; }

    public long ToFen() => (long)decimal.Round(AmountYuan!.Value * 100m, 0);
}
