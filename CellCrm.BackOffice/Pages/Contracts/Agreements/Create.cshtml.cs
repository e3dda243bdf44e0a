using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Agreements;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts.Agreements;

/// <summary>新建补充协议 (seed 000 §4.8) on an effective contract in the staff member's scope: termination (R-03 or
/// R-04 by whether the sample was collected), storage change (the items to keep; the domain prices the result) or
/// notice letter.</summary>
[Authorize(Policy = ContractPagesSetup.WritePolicy)]
public class CreateModel(CellCrmDbContext db, SupplementaryAgreementService service, ContractAccess access, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    public Contract Contract { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    /// <summary>The contract's storage items, offered as the items a storage change may keep.</summary>
    public IReadOnlyList<StorageItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid contractId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(contractId, ct)) is { } refusal)
        {
            return refusal;
        }

        Input.ContractId = contractId;
        Input.RequestKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(Input.ContractId, ct)) is { } refusal)
        {
            return refusal;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var agreement = await service.CreateAsync(Input.ContractId,
                    new AgreementDraft(Input.Purpose!.Value, Input.SampleCollected, Input.Signing!.Value, Input.Reason ?? "", Input.KeptItems),
                    new StaffRef(staff.Id, staff.Name), Input.RequestKey, ct);
                TempData["StatusMessage"] = $"已新建{AgreementLabels.Of(agreement.Type)}{agreement.Number}，请提交并签署";
                return RedirectToPage("Details", new { id = agreement.Id });
            }
            catch (DomainException e)
            {
                var field = e.Field switch { "Type" => "Purpose", var f => f ?? "" };
                ModelState.AddErrors("Input.", [new FieldError(field, e.Message)]);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Contract = await db.Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == Input.ContractId, ct);
        CustomerName = await db.Customers.Where(c => c.Id == Contract.CustomerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "—";
        Items = StorageItems.Of(Contract.Lines).Order().ToList();
    }

    public sealed class AgreementInput
    {
        public Guid ContractId { get; set; }

        public Guid? RequestKey { get; set; }

        [Required(ErrorMessage = "请选择补充协议类型")]
        public AgreementPurpose? Purpose { get; set; }

        /// <summary>样本是否已采集: decides .</summary>
        public bool SampleCollected { get; set; }

        [Required(ErrorMessage = "请选择协议签署方式")]
        public AgreementSigning? Signing { get; set; }

        [Required(ErrorMessage = "请填写原因或告知内容")]
        [StringLength(SupplementaryAgreement.ReasonMaxLength, ErrorMessage = "原因不能超过{1}个字符")]
        public string? Reason { get; set; }

        /// <summary>保留的存储项目 of a storage change.</summary>
        public List<StorageItem> KeptItems { get; set; } = [];
    }
}
