using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Customers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Customers.Share;

/// <summary>新建跨部门客户共享 (§4.2), usually opened from a 查重 hit in another department.</summary>
public class RequestModel(CustomerShareService shares, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public ShareInput Input { get; set; } = new();

    public void OnGet(string? mobile, string? name)
    {
        Input.Mobile = mobile ?? "";
        Input.Name = name ?? "";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var share = await shares.RequestAsync(new ShareRequestInput(Input.Type, Input.Name, Input.Mobile, Input.Reason),
                new StaffRef(staff.Id, staff.Name), await staff.GetScopeAsync(ct), ct);
            TempData["StatusMessage"] = $"已提交跨部门客户共享申请（{share.Number}），等待分管领导审批；审批通过后系统自动共享，3天内未签约或回款将自动收回。";
            return RedirectToPage("/Approvals/Index", new { Tab = "Mine" });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field is { } f ? $"Input.{f}" : "", e.Message);
            return Page();
        }
    }

    public sealed class ShareInput
    {
        [Display(Name = "共享类型")]
        public ShareType Type { get; set; } = ShareType.Customer;

        [Display(Name = "姓名")]
        [Required(ErrorMessage = "请填写姓名")]
        [StringLength(Customer.NameMaxLength, ErrorMessage = "姓名不能超过{1}个字符")]
        public string Name { get; set; } = "";

        [Display(Name = "手机号")]
        [Required(ErrorMessage = "请填写手机号")]
        public string Mobile { get; set; } = "";

        [Display(Name = "申请原因")]
        [Required(ErrorMessage = "请填写申请原因")]
        [StringLength(CustomerShare.ReasonMaxLength, ErrorMessage = "申请原因不能超过{1}个字符")]
        public string Reason { get; set; } = "";
    }
}
