using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.PaymentSplits;

/// <summary>Who sees a split: its applicant, and staff whose data scope covers the receipt's customer (the
/// regional manager above the advisor, finance and admins with the whole company).</summary>
public sealed class PaymentSplitAccess(CellCrmDbContext db, ICurrentStaff staff)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid id, CancellationToken ct)
    {
        var record = await db.PaymentSplits.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.ApplicantId, s.CustomerId }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return CustomerAccessResult.NotFound;
        }

        if (record.ApplicantId == staff.Id)
        {
            return CustomerAccessResult.Allowed;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == record.CustomerId).Select(c => new { c.OwnerId, c.DepartmentId }).FirstAsync(ct);
        var scope = await staff.GetScopeAsync(ct);
        return scope.Covers(record.CustomerId, customer.OwnerId, customer.DepartmentId) ? CustomerAccessResult.Allowed : CustomerAccessResult.Denied;
    }

    /// <summary>The splits the viewer may list: their own and those of customers in their scope.</summary>
    public async Task<IQueryable<PaymentSplit>> VisibleAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        var me = staff.Id;
        var customers = db.Customers.AsNoTracking().VisibleTo(scope).Select(c => c.Id);
        return db.PaymentSplits.AsNoTracking().Where(s => s.ApplicantId == me || customers.Contains(s.CustomerId));
    }
}
