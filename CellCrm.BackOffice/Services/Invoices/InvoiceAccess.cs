using CellCrm.Domain.Invoices;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Invoices;

/// <summary>Who sees an invoice application: its applicant, and staff whose data scope covers its contract.</summary>
public sealed class InvoiceAccess(CellCrmDbContext db, ICurrentStaff staff)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid id, CancellationToken ct)
    {
        var record = await db.InvoiceApplications.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.ApplicantId, a.ContractId }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return CustomerAccessResult.NotFound;
        }

        if (record.ApplicantId == staff.Id)
        {
            return CustomerAccessResult.Allowed;
        }

        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == record.ContractId).Select(c => new { c.CustomerId, c.OwnerId, c.DepartmentId }).FirstAsync(ct);
        var scope = await staff.GetScopeAsync(ct);
        return scope.Covers(contract.CustomerId, contract.OwnerId, contract.DepartmentId) ? CustomerAccessResult.Allowed : CustomerAccessResult.Denied;
    }

    public async Task<IQueryable<InvoiceApplication>> VisibleAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        var me = staff.Id;
        var contracts = db.Contracts.AsNoTracking().VisibleTo(scope).Select(c => c.Id);
        return db.InvoiceApplications.AsNoTracking().Where(a => a.ApplicantId == me || contracts.Contains(a.ContractId));
    }
}
