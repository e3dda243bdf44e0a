using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services;

/// <summary>Saves the customer form: domain rules, 查重, family archive, then one SaveChanges, so an error at any
/// step stores nothing. The caller has already checked that the staff member may edit the customer.</summary>
public sealed class CustomerWriter(CellCrmDbContext db, CustomerDuplicateCheck duplicates, ICurrentStaff staff, TimeProvider clock)
{
    public const string ConcurrencyMessage = "该客户资料已被他人修改，请刷新页面后重新编辑";
    private const string FamilyMemberField = "FamilyMemberMobile";

    public async Task<CustomerSaveResult> CreateAsync(CustomerDraft draft, CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        var me = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == staff.Id, ct);
        var now = clock.GetUtcNow();
        Customer customer;
        FamilyArchive family;
        try
        {
            family = new FamilyArchive(draft.Profile.Name, now);
            customer = new Customer(draft.Profile, me.Id, me.DepartmentId, family.Id, now);
            customer.SetTags(draft.Tags);
        }
        catch (DomainException e)
        {
            return CustomerSaveResult.Failed(e.Field ?? "", e.Message);
        }

        var hits = await duplicates.FindAsync(customer.ToProfile(), null, scope, ct);
        if (hits.Count > 0)
        {
            return CustomerSaveResult.Duplicate(hits);
        }

        if (draft.Family == FamilyChoice.Join)
        {
            var (familyId, error) = await FindFamilyAsync(draft.FamilyMemberMobile, null, scope, ct);
            if (error is not null)
            {
                return new CustomerSaveResult(null, [error], []);
            }

            customer.JoinFamily(familyId!.Value);
        }
        else
        {
            db.FamilyArchives.Add(family);
        }

        db.Customers.Add(customer);
        return await SaveAsync(customer, null, scope, ct);
    }

    /// <summary>Applies the form to a tracked customer (loaded with its tags) that was shown at <paramref name="version"/>.</summary>
    public async Task<CustomerSaveResult> UpdateAsync(Customer customer, int version, CustomerDraft draft, CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        db.Entry(customer).Property(c => c.Version).OriginalValue = version;
        try
        {
            customer.UpdateProfile(draft.Profile);
            customer.SetTags(draft.Tags);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return CustomerSaveResult.Failed(e.Field ?? "", e.Message);
        }

        var hits = await duplicates.FindAsync(customer.ToProfile(), customer.Id, scope, ct);
        if (hits.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CustomerSaveResult.Duplicate(hits);
        }

        switch (draft.Family)
        {
            case FamilyChoice.Join:
                var (familyId, error) = await FindFamilyAsync(draft.FamilyMemberMobile, customer.Id, scope, ct);
                if (error is not null)
                {
                    db.ChangeTracker.Clear();
                    return new CustomerSaveResult(null, [error], []);
                }

                customer.JoinFamily(familyId!.Value);
                break;
            case FamilyChoice.New:
                var family = new FamilyArchive(customer.Name, clock.GetUtcNow());
                db.FamilyArchives.Add(family);
                customer.JoinFamily(family.Id);
                break;
            case FamilyChoice.Keep:
                break;
        }

        return await SaveAsync(customer, customer.Id, scope, ct);
    }

    private async Task<CustomerSaveResult> SaveAsync(Customer customer, Guid? exceptId, AccessScope scope, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CustomerSaveResult.Saved(customer.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CustomerSaveResult.Failed("", ConcurrencyMessage);
        }
        catch (DbUpdateException)
        {
            // Two saves raced past 查重 and the unique lookup-hash index refused the second: report the winner
            // like any other duplicate. Anything else is not ours to explain.
            var profile = customer.ToProfile();
            db.ChangeTracker.Clear();
            var hits = await duplicates.FindAsync(profile, exceptId, scope, ct);
            if (hits.Count == 0)
            {
                throw;
            }

            return CustomerSaveResult.Duplicate(hits);
        }
    }

    /// <summary>The family archive of a relative, found by their exact mobile among the customers this staff
    /// member may see (a family outside the data scope is not revealed).</summary>
    private async Task<(Guid? FamilyId, FieldError? Error)> FindFamilyAsync(string? memberMobile, Guid? exceptId, AccessScope scope, CancellationToken ct)
    {
        var invalid = MobileNumber.Validate(memberMobile);
        if (invalid is not null)
        {
            return (null, new FieldError(FamilyMemberField, string.IsNullOrWhiteSpace(memberMobile) ? "请填写家庭成员的手机号码" : invalid));
        }

        var hash = db.Protector.LookupHash(MobileNumber.Normalize(memberMobile));
        var familyId = await db.Customers.AsNoTracking().VisibleTo(scope)
            .Where(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == hash && c.Id != exceptId)
            .Select(c => (Guid?)c.FamilyArchiveId)
            .FirstOrDefaultAsync(ct);
        return familyId is null
            ? (null, new FieldError(FamilyMemberField, "未找到使用该手机号码的客户，或您无权查看该客户"))
            : (familyId, null);
    }
}
