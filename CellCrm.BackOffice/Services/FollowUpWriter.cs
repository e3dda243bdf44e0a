using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services;

/// <summary>Adds an entry to a customer's 跟进动态. The caller has already checked that the staff member may
/// edit the customer.</summary>
public sealed class FollowUpWriter(CellCrmDbContext db, ICurrentStaff staff, TimeProvider clock)
{
    public async Task<FieldError?> AddAsync(Guid customerId, FollowUpType type, string content, DateTimeOffset? nextAt, CancellationToken ct)
    {
        var customer = await db.Customers.SingleAsync(c => c.Id == customerId, ct);
        try
        {
            customer.AddFollowUp(type, content, nextAt, staff.Id, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return new FieldError(e.Field ?? "", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new FieldError("", "该客户资料刚被他人修改，跟进记录未保存，请重新提交");
        }
    }
}
