using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Authorization;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DiscountApplications;

/// <summary>新建优惠申请 (§4.4) for a customer in scope; it goes to the department leaders' approval inbox.</summary>
[RequestSizeLimit(ProofsModel.ProofRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ProofsModel.ProofRequestLimit)]
public class CreateModel(CellCrmDbContext db, DiscountApplicationService service, DiscountProofService proofs, CustomerAccess access, ICurrentStaff staff,
    TimeProvider clock) : PageModel
{
    /// <summary>证明材料, checked before the application is created and stored with it.</summary>
    [BindProperty]
    public List<IFormFile> Proofs { get; set; } = [];

    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public string CustomerName { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Name)> Policies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid customerId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        Input.CustomerId = customerId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, Input.CustomerId, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        var before = Money.ParseYuan(Input.AmountBefore);
        var discount = Money.ParseYuan(Input.Discount);
        if (!string.IsNullOrWhiteSpace(Input.AmountBefore) && before is null)
        {
            ModelState.AddModelError("Input.AmountBefore", "请输入正确的金额（元，最多两位小数）");
        }

        if (!string.IsNullOrWhiteSpace(Input.Discount) && discount is null)
        {
            ModelState.AddModelError("Input.Discount", "请输入正确的金额（元，最多两位小数）");
        }

        foreach (var error in await ProofUploads.RefusalsAsync(proofs, Proofs, ct))
        {
            ModelState.AddModelError(nameof(Proofs), error);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var application = await service.ApplyAsync(new DiscountRequest(Input.CustomerId, Input.PolicyId ?? Guid.Empty, Input.VipSource,
                    Input.Reason ?? "", before ?? 0, discount ?? 0), new StaffRef(staff.Id, staff.Name), await staff.GetScopeAsync(ct), ct);
                var failed = await ProofUploads.UploadAsync(proofs, application.Id, Proofs, new Uploader(staff.Id, staff.Name), ct);
                if (failed.Count > 0)
                {
                    // Checked above, so only a storage failure lands here: the application stands, the files can be added again.
                    TempData["StatusMessage"] = $"已提交优惠申请{application.Number}，但证明材料未全部保存（{string.Join("；", failed)}），请重新上传";
                    return RedirectToPage("Proofs", new { id = application.Id });
                }

                TempData["StatusMessage"] = $"已提交优惠申请{application.Number}，等待部门领导审批";
                return RedirectToPage("Index");
            }
            catch (DomainException e)
            {
                var field = e.Field switch
                {
                    "AmountBeforeFen" => "AmountBefore", "DiscountFen" => "Discount", "MarketPolicyId" or "PolicyId" => "PolicyId", var f => f ?? "",
                };
                ModelState.AddErrors("Input.", [new FieldError(field, e.Message)]);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CustomerName = await db.Customers.Where(c => c.Id == Input.CustomerId).Select(c => c.Name).SingleAsync(ct);
        var today = ChinaTime.Today(clock);
        Policies = (await db.MarketPolicies.AsNoTracking().Where(p => p.IsActive && p.RequiresApplication && p.ValidFrom <= today && p.ValidTo >= today)
            .OrderBy(p => p.Code).Select(p => new { p.Id, p.Name, p.Code }).ToListAsync(ct)).Select(p => (p.Id, $"{p.Name}（{p.Code}）")).ToList();
    }

    public sealed class ApplicationInput
    {
        public Guid CustomerId { get; set; }

        [Required(ErrorMessage = "请选择优惠政策")]
        public Guid? PolicyId { get; set; }

        [StringLength(DiscountApplication.SourceMaxLength, ErrorMessage = "优惠来源不能超过{1}个字符")]
        public string? VipSource { get; set; }

        [Required(ErrorMessage = "请填写优惠原因")]
        [StringLength(DiscountApplication.ReasonMaxLength, ErrorMessage = "优惠原因不能超过{1}个字符")]
        public string? Reason { get; set; }

        [Required(ErrorMessage = "请填写优惠前金额")]
        public string? AmountBefore { get; set; }

        [Required(ErrorMessage = "请填写折扣总金额")]
        public string? Discount { get; set; }
    }
}
