using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>合同/订单 on the customer page: the customer's contracts and orders with number, types, status and amount,
/// linked to their pages. The page has already checked the viewer may see the customer; staff without the contract
/// pages (e.g. the warehouse) see nothing.</summary>
public sealed class CustomerContractsViewComponent(CellCrmDbContext db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid customerId)
    {
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, ContractPagesSetup.ReadPolicy)).Succeeded)
        {
            return Content("");
        }

        var contracts = await db.Contracts.AsNoTracking().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.CreatedAt)
            .Select(c => new CustomerContractRow(c.Id, c.Number, c.BusinessType, c.OrderType, c.Status, c.AmountFen, c.CreatedAt))
            .ToListAsync(HttpContext.RequestAborted);
        return View(new CustomerContractsView(customerId, contracts));
    }
}
