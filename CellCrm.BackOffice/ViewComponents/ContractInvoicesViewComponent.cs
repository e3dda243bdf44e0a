using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Invoices;
using CellCrm.Infrastructure.Invoices;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>开票申请 on the contract page (the page has already checked the viewer may open the contract): what may
/// still be invoiced, the applications, and 开票申请 for sales staff while something is left.</summary>
public sealed class ContractInvoicesViewComponent(InvoiceApplicationService service, CellCrmDbContext db, ICurrentStaff staff) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid contractId)
    {
        var ct = HttpContext.RequestAborted;
        var applications = await db.InvoiceApplications.AsNoTracking().Where(a => a.ContractId == contractId)
            .OrderByDescending(a => a.CreatedAt).ToListAsync(ct);
        var invoiceable = await service.InvoiceableAsync(contractId, ct);
        return View(new ContractInvoicesView(contractId, invoiceable, applications, staff.IsSales() && invoiceable.AvailableFen > 0));
    }
}

public sealed record ContractInvoicesView(Guid ContractId, Invoiceable Invoiceable, IReadOnlyList<InvoiceApplication> Applications, bool CanApply);
