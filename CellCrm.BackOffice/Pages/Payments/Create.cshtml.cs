using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Payments;

/// <summary>发起收款 (seed 000 §5.2): the link, its 缴费 task and the 缴费通知 message to the customer's WeChat,
/// "付款链接10个月有效". A resubmitted form sends once. With <c>?contractId=</c> the link collects for that contract:
/// the contract must be the customer's and in the staff member's scope; <see cref="PaymentLinkService"/> refuses a
/// contract that does not accept payment and an amount above what is still outstanding less the links waiting to be
/// paid. With <c>&amp;planLineId=</c> as well the link is bound to that line of the contract's 回款计划, prefilled with
/// what the line still lacks.</summary>
[Authorize(Policy = PaymentPages.Policy)]
public class CreateModel(CustomerAccess access, ContractAccess contracts, ContractReceivables receivables, PaymentLinkService links,
    PaymentPlanService plans, CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public PaymentLinkInput Input { get; set; } = new();

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; } = "";

    /// <summary>The contract collected for, when the link is sent from a contract.</summary>
    public ContractReceivable? Contract { get; private set; }

    /// <summary>The plan line collected for, when the link is sent from a 回款计划 line.</summary>
    public PlanLineView? PlanLine { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid customerId, Guid? contractId, Guid? planLineId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, PaymentLinkAccess.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        if (await ContractRefusalAsync(customerId, contractId, planLineId, ct) is { } contractRefusal)
        {
            return contractRefusal;
        }

        Input.RequestKey = Guid.NewGuid();
        if (Contract is not null)
        {
            if (!Contract.CanCollect)
            {
                ModelState.AddModelError("", !Contract.AcceptsPayment ? "该合同当前状态不能收款"
                    : Contract.OutstandingFen == 0 ? "该合同已全部收款，无需再发起收款"
                    : "合同未收金额已全部发起收款，待客户支付；如需调整，请替代或取消待支付的付款链接");
            }

            Input.Reason = PlanLine is null ? Contract.Reason : $"{Contract.Reason} {PlanLine.Status.Label}";
            Input.AmountYuan = Math.Min(Contract.CollectibleFen, PlanLine?.CollectibleFen ?? long.MaxValue) / 100m;
        }

        await LoadAsync(customerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid customerId, Guid? contractId, Guid? planLineId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, PaymentLinkAccess.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        if (await ContractRefusalAsync(customerId, contractId, planLineId, ct) is { } contractRefusal)
        {
            return contractRefusal;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var link = await links.SendAsync(customerId, Input.ToFen(), Input.Reason!, Contract?.ContractId, PlanLine?.Status.LineId, new StaffRef(staff.Id, staff.Name),
                    Input.RequestKey!.Value, ct);
                TempData["StatusMessage"] = "已发起收款，缴费通知正在发送（付款链接10个月有效）";
                return RedirectToPage("Details", new { id = link.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field switch
                {
                    "AmountFen" => "Input.AmountYuan",
                    null => "",
                    var f => "Input." + f,
                }, e.Message);
            }
        }

        await LoadAsync(customerId, ct);
        return Page();
    }

    /// <summary>Loads the contract when one is named; refuses one outside the staff member's scope or of another customer.</summary>
    private async Task<IActionResult?> ContractRefusalAsync(Guid customerId, Guid? contractId, Guid? planLineId, CancellationToken ct)
    {
        if (contractId is not { } id)
        {
            return planLineId is null ? null : NotFound();
        }

        if (this.Refusal(await contracts.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        Contract = await receivables.ForAsync(id, ct);
        if (Contract is null || Contract.CustomerId != customerId)
        {
            return NotFound();
        }

        if (planLineId is { } lineId)
        {
            PlanLine = (await plans.ViewAsync(Contract, ct)).Lines.FirstOrDefault(l => l.Status.LineId == lineId);
            return PlanLine is null ? NotFound() : null;
        }

        return null;
    }

    private async Task LoadAsync(Guid customerId, CancellationToken ct)
    {
        CustomerId = customerId;
        CustomerName = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).SingleAsync(ct);
    }
}
