using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Payments;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>回款计划 on the contract page (seed 000 §5.1): each 期次 with due date, amount, paid, open and 未付 / 部分已付 /
/// 已付 (overdue marked), 发起收款 for a line, and the editor for the contract's owner. Takes the contract and the
/// receivable the page has loaded; the page has checked the contract is in the viewer's scope.</summary>
public sealed class PaymentPlanViewComponent(PaymentPlanService plans, ICurrentStaff staff, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contract contract, ContractReceivable receivable)
    {
        var view = await plans.ViewAsync(receivable, HttpContext.RequestAborted);
        var canCollect = receivable.AcceptsPayment && (staff.IsSales() || staff.IsInRole(StaffRoles.Admin));
        return View(new PaymentPlanPanel(contract.Id, contract.CustomerId, contract.AmountFen, view,
            PaymentPlanService.EditRefusal(contract, receivable, staff.Id), canCollect,
            PlanEditorForm.For(contract.Id, contract.AmountFen, view, ChinaTime.Today(clock))));
    }
}
