using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Invoices;
using CellCrm.Infrastructure.Invoices;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Invoices;

/// <summary>新建开票申请 on a contract in scope, within what it received less what is invoiced or pending.</summary>
public class CreateModel(InvoiceApplicationService service, ContractAccess access, CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ContractId { get; set; }

    [BindProperty]
    public InvoiceInput Input { get; set; } = new();

    public string ContractNumber { get; private set; } = "";

    public string CustomerName { get; private set; } = "";

    public Invoiceable Invoiceable { get; private set; } = new(0, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(ContractId, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(ct);
        Input.RequestKey = Guid.CreateVersion7();
        Input.Title = CustomerName;
        if (Invoiceable.AvailableFen > 0)
        {
            Input.Amount = Money.Yuan(Invoiceable.AvailableFen).Replace(",", "", StringComparison.Ordinal);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(ContractId, ct)) is { } refusal)
        {
            return refusal;
        }

        var amount = Money.ParseYuan(Input.Amount);
        if (!string.IsNullOrWhiteSpace(Input.Amount) && amount is null)
        {
            ModelState.AddModelError("Input.Amount", "请输入正确的金额（元，最多两位小数）");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var application = await service.ApplyAsync(new InvoiceRequest(ContractId, Input.TitleType!.Value, Input.Title ?? "", Input.TaxId,
                    amount ?? 0, Input.Email ?? "", Input.RequestKey!.Value), new StaffRef(staff.Id, staff.Name), await staff.GetScopeAsync(ct), ct);
                TempData["StatusMessage"] = $"已提交开票申请{application.Number}，等待财务开票";
                return RedirectToPage("Details", new { id = application.Id });
            }
            catch (DomainException e)
            {
                var field = e.Field switch { "AmountFen" => "Amount", var f => f ?? "" };
                ModelState.AddErrors("Input.", [new FieldError(field, e.Message)]);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == ContractId).Select(c => new { c.Number, c.CustomerId }).SingleAsync(ct);
        ContractNumber = contract.Number;
        CustomerName = await db.Customers.AsNoTracking().Where(c => c.Id == contract.CustomerId).Select(c => c.Name).SingleAsync(ct);
        Invoiceable = await service.InvoiceableAsync(ContractId, ct);
    }

    public sealed class InvoiceInput
    {
        [Required(ErrorMessage = "表单已失效，请刷新页面后重试")]
        public Guid? RequestKey { get; set; }

        [Required(ErrorMessage = "请选择抬头类型")]
        public InvoiceTitleType? TitleType { get; set; }

        [Required(ErrorMessage = "请填写发票抬头")]
        [StringLength(InvoiceApplication.TitleMaxLength, ErrorMessage = "发票抬头不能超过{1}个字符")]
        public string? Title { get; set; }

        [StringLength(30, ErrorMessage = "纳税人识别号不能超过{1}个字符")]
        public string? TaxId { get; set; }

        [Required(ErrorMessage = "请填写开票金额")]
        public string? Amount { get; set; }

        [Required(ErrorMessage = "请填写接收邮箱")]
        [StringLength(InvoiceApplication.EmailMaxLength, ErrorMessage = "接收邮箱不能超过{1}个字符")]
        public string? Email { get; set; }
    }
}
