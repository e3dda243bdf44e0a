using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Bench.Seeder;

/// <summary>Gives one staff member a granted share of the oldest benchmark customer someone else owns, as an
/// approved cross-department share request would: the list then has to merge the staff member's own customers
/// with a shared one, the case that once sorted every one of their rows. Through the domain and EF, so audited.</summary>
public sealed class BenchShareSeeder(CellCrmDbContext db, INumberGenerator numbers, TimeProvider clock, TextWriter log)
{
    public const string Reason = "性能基准：跨部门共享";

    public async Task<Guid> ShareAsync(string userName, CancellationToken ct)
    {
        var applicantId = await db.Users.Where(u => u.UserName == userName).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"No staff account {userName}.");
        var applicant = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == applicantId, ct);
        var existing = await db.CustomerShares.AsNoTracking()
            .Where(s => s.ApplicantId == applicantId && s.Reason == Reason).Select(s => (Guid?)s.CustomerId).FirstOrDefaultAsync(ct);
        if (existing is { } already)
        {
            log.WriteLine($"{userName} already has a benchmark share");
            return already;
        }

        for (var n = 0; n < BenchCustomers.MaxCount; n++)
        {
            var hash = db.Protector.LookupHash(BenchCustomers.Mobile(n));
            var customer = await db.Customers.AsNoTracking().Where(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == hash)
                .Select(c => new { c.Id, c.Name, c.OwnerId }).SingleOrDefaultAsync(ct)
                ?? throw new InvalidOperationException("Seed the benchmark customers first.");
            if (customer.OwnerId == applicantId)
            {
                continue;
            }

            var now = clock.GetUtcNow();
            var share = new CustomerShare(await numbers.NextAsync(CustomerShareService.NumberPrefix, now, ct), customer.Id, ShareType.Customer,
                customer.Name, BenchCustomers.Mobile(n), Reason, applicant.Id, applicant.DepartmentId, customer.OwnerId, now);
            share.Grant(now);
            db.CustomerShares.Add(share);
            await db.SaveChangesAsync(ct);
            log.WriteLine($"Customer {n} shared with {userName}");
            return customer.Id;
        }

        throw new InvalidOperationException($"Every benchmark customer is {userName}'s own.");
    }
}
