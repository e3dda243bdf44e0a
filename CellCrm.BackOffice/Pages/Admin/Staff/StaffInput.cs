using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services.Admin;
using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Pages.Admin.Staff;

/// <summary>The staff form, shared by Create and Edit (the login name and password only matter on Create).</summary>
public sealed class StaffInput
{
    public const int UserNameMaxLength = 64;

    [Required(ErrorMessage = "请填写登录名")]
    [StringLength(UserNameMaxLength, ErrorMessage = "登录名不能超过{1}个字符")]
    [RegularExpression("^[A-Za-z0-9._@-]+$", ErrorMessage = "登录名只能包含字母、数字和 . _ - @")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(StaffMember.NameMaxLength, ErrorMessage = "姓名不能超过{1}个字符")]
    public string? Name { get; set; }

    [ValidMobile]
    public string? Mobile { get; set; }

    [StringLength(StaffMember.TitleMaxLength, ErrorMessage = "职位不能超过{1}个字符")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请选择部门")]
    public Guid? DepartmentId { get; set; }

    public DataScope? DataScope { get; set; }

    public List<string> Roles { get; set; } = [];

    [StringLength(128, ErrorMessage = "密码不能超过{1}个字符")]
    public string? Password { get; set; }

    public int Version { get; set; }

    public StaffDraft ToDraft() =>
        new(UserName ?? "", Name ?? "", Mobile, Title, DepartmentId ?? Guid.Empty, DataScope, Roles);
}
