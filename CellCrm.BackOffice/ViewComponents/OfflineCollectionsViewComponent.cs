using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.OfflineCollections;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>线下收款 on the contract page: the contract's offline collections, 新建线下收款 for staff who enter
/// receipts while the contract accepts payment, and for a 预付款订单 its balance. Takes the contract the page has
/// loaded (and checked against the viewer's scope).</summary>
public sealed class OfflineCollectionsViewComponent(CellCrmDbContext db, OfflineCollectionService service, ICurrentStaff staff) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contract contract)
    {
        var ct = HttpContext.RequestAborted;
        var rows = await db.OfflineCollections.AsNoTracking().Where(c => c.ContractId == contract.Id)
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.CreatedAt).ToListAsync(ct);
        PrepaymentBalance? balance = null;
        if (contract.BusinessType == ContractBusinessType.Prepayment)
        {
            balance = (await service.PrepaymentBalancesAsync(contract.CustomerId, ct)).FirstOrDefault(b => b.OrderId == contract.Id);
        }

        return View(new OfflineCollectionsView(contract.Id, contract.AcceptsPayment && staff.MayEnter(), rows, balance));
    }
}

public sealed record OfflineCollectionsView(Guid ContractId, bool CanCreate, IReadOnlyList<OfflineCollection> Rows, PrepaymentBalance? Balance);
