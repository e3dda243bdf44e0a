using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Customers;

namespace CellCrm.Portal.Pages.RealName;

public sealed class ApplicantInput
{
    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(Customer.NameMaxLength, ErrorMessage = "姓名不能超过{1}个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请选择证件类型")]
    public IdDocumentType? IdType { get; set; }

    [Required(ErrorMessage = "请填写证件号码")]
    public string? IdNumber { get; set; }

    [Required(ErrorMessage = "请填写手机号码")]
    public string? Mobile { get; set; }

    public string? SmsCode { get; set; }
}
