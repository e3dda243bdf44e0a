using CellCrm.BackOffice.Services.Refunds;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>退款申请 on the contract page: the contract's applications with state and amount, and 新建退款申请 for sales
/// staff. The page has checked the contract's scope.</summary>
public sealed class ContractRefundsViewComponent(CellCrmDbContext db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid contractId)
    {
        var ct = HttpContext.RequestAborted;
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, RefundPages.ReadPolicy)).Succeeded)
        {
            return Content("");
        }

        var rows = await db.RefundApplications.AsNoTracking().Where(a => a.ContractId == contractId).OrderByDescending(a => a.CreatedAt)
            .Select(a => new Row(a.Id, a.Number, a.Lines.Sum(l => l.AmountFen), a.Status, a.CreatedAt)).ToListAsync(ct);
        var canCreate = (await authorization.AuthorizeAsync(UserClaimsPrincipal, RefundPages.WritePolicy)).Succeeded;
        return View(new Model(contractId, canCreate, rows));
    }

    public sealed record Row(Guid Id, string Number, long TotalFen, RefundApplicationStatus Status, DateTimeOffset CreatedAt);

    public sealed record Model(Guid ContractId, bool CanCreate, IReadOnlyList<Row> Rows);
}
