using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services;

/// <summary>Reads one customer for the detail page; the caller has already checked the viewer may see it.</summary>
public sealed class CustomerDetailsQuery(CellCrmDbContext db, AuditHistory history, TimeProvider clock)
{
    private const int MaxFollowUps = 200;

    public async Task<CustomerDetailsView> LoadAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Include(c => c.Tags).SingleAsync(c => c.Id == id, ct);
        var owner = await db.Staff.AsNoTracking().Where(s => s.Id == customer.OwnerId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == customer.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct);
        var familyName = await db.FamilyArchives.AsNoTracking().Where(f => f.Id == customer.FamilyArchiveId).Select(f => f.Name).FirstOrDefaultAsync(ct);

        var relatives = db.Customers.AsNoTracking().Where(c => c.FamilyArchiveId == customer.FamilyArchiveId && c.Id != id);
        var relativeCount = await relatives.CountAsync(ct);
        var visible = await relatives.VisibleTo(scope).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Name, c.Mobile }).ToListAsync(ct);

        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CustomerId == id)
            .OrderByDescending(f => f.CreatedAt).Take(MaxFollowUps).ToListAsync(ct);
        var staffIds = followUps.Select(f => f.StaffId).Distinct().ToList();
        var staffNames = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        return new CustomerDetailsView(
            customer,
            customer.AgeOn(ChinaTime.Today(clock)),
            owner ?? "",
            department ?? "",
            familyName ?? "",
            visible.Select(c => new FamilyMemberLink(c.Id, c.Name, Masking.Mobile(c.Mobile))).ToList(),
            relativeCount - visible.Count,
            followUps.Select(f => new FollowUpLine(f.CreatedAt, CustomerLabels.Of(f.Type), f.Content, f.NextAt, staffNames.GetValueOrDefault(f.StaffId, ""))).ToList(),
            await history.ForAsync(id, ct));
    }
}
