using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Invoices;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Invoices;

/// <summary>Who sees an invoice application: its applicant, and staff whose data scope covers its contract.</summary>
public sealed class InvoiceAccess(CellCrmDbContext db, ContractAccess contracts, ICurrentStaff staff)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid id, CancellationToken ct)
    {
        var record = await db.InvoiceApplications.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.ApplicantId, a.ContractId }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return CustomerAccessResult.NotFound;
        }

        return record.ApplicantId == staff.Id ? CustomerAccessResult.Allowed : await contracts.CheckAsync(record.ContractId, ct);
    }

    public async Task<IQueryable<InvoiceApplication>> VisibleAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        var me = staff.Id;
        var contracts = db.Contracts.AsNoTracking().VisibleTo(scope).Select(c => c.Id);
        return db.InvoiceApplications.AsNoTracking().Where(a => a.ApplicantId == me || contracts.Contains(a.ContractId));
    }
}
