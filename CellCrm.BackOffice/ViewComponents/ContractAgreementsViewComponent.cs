using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>补充协议 on the contract page: the contract's agreements (number, type, change, status) and 新建 for sales
/// staff while the contract is effective. Takes the contract the page has already loaded (and scope-checked).</summary>
public sealed class ContractAgreementsViewComponent(CellCrmDbContext db, ICurrentStaff staff) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contract contract)
    {
        var agreements = await db.SupplementaryAgreements.AsNoTracking().Where(a => a.ContractId == contract.Id)
            .OrderByDescending(a => a.CreatedAt).ToListAsync(HttpContext.RequestAborted);
        var canCreate = staff.IsSales() && contract.Status is ContractStatus.Effective or ContractStatus.Changed;
        return View(new ContractAgreementsView(contract.Id, canCreate, agreements));
    }
}
