using System.Data;
using System.Diagnostics;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CellCrm.Bench.Seeder;

/// <summary>Bulk-inserts benchmark customers numbered from where the table left off up to the wanted count, each
/// with its own family archive, owned in turn by the demo advisors and team leaders of the sales departments.
/// Customers are built by the domain constructor (so they pass its validation) and written by LOAD DATA in
/// batches; building the next batch overlaps writing the previous one.</summary>
public sealed class CustomerBulkSeeder(CellCrmDbContext db, TimeProvider clock, TextWriter log)
{
    /// <summary>Roles whose members own customers in the demo organisation.</summary>
    public static readonly IReadOnlyList<string> OwnerRoles = [StaffRoles.Advisor, StaffRoles.TeamLeader];

    public async Task<int> SeedAsync(int count, int batchSize, CancellationToken ct)
    {
        if (db.Database.ProviderName?.Contains("MySql", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException("The benchmark seeder writes to MySQL/MariaDB only (Database:Provider=MySql).");
        }

        var owners = await OwnersAsync(ct);
        var first = await SeededCountAsync(count, ct);
        if (first >= count)
        {
            log.WriteLine($"{count:N0} benchmark customers already there");
            return 0;
        }

        var customers = new EntityTable(db, typeof(Customer));
        var families = new EntityTable(db, typeof(FamilyArchive));
        var builder = new MySqlConnectionStringBuilder(db.Database.GetConnectionString() ?? "") { AllowLoadLocalInfile = true };
        await using var connection = new MySqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);

        // Newest customer = highest number, one every 30 seconds back from now: the list's first page is stable.
        var now = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        Task pending = Task.CompletedTask;
        var written = 0;
        for (var start = first; start < count; start += batchSize)
        {
            var end = Math.Min(count, start + batchSize);
            var familyRows = families.NewBatch();
            var customerRows = customers.NewBatch();
            for (var n = start; n < end; n++)
            {
                var createdAt = now.AddSeconds(-30.0 * (count - n));
                var family = new FamilyArchive(BenchCustomers.Name(n), createdAt);
                var owner = owners[n % owners.Count];
                families.Add(familyRows, family);
                customers.Add(customerRows, new Customer(BenchCustomers.Profile(n), owner.Id, owner.DepartmentId, family.Id, createdAt));
            }

            await pending;
            pending = WriteBatchAsync(connection, families, familyRows, customers, customerRows, ct);
            written += end - start;
            log.WriteLine($"{start + (end - start):N0} / {count:N0} customers built, {written / watch.Elapsed.TotalSeconds:N0} rows/s");
        }

        await pending;
        log.WriteLine($"{written:N0} customers inserted in {watch.Elapsed.TotalSeconds:N1} s ({written / watch.Elapsed.TotalSeconds:N0} rows/s)");
        return written;
    }

    private static async Task WriteBatchAsync(MySqlConnection connection, EntityTable families, DataTable familyRows,
        EntityTable customers, DataTable customerRows, CancellationToken ct)
    {
        await families.WriteAsync(connection, familyRows, ct);
        await customers.WriteAsync(connection, customerRows, ct);
    }

    private async Task<IReadOnlyList<StaffMember>> OwnersAsync(CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => OwnerRoles.Contains(r.Name!)).Select(r => r.Id);
        var staffIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var owners = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id) && s.IsActive).OrderBy(s => s.Name).ToListAsync(ct);
        return owners.Count > 0
            ? owners
            : throw new InvalidOperationException("No advisors or team leaders: run `CellCrm.BackOffice migrate --demo` first.");
    }

    /// <summary>How many benchmark customers exist: they are written in number order, one batch per statement,
    /// so the numbers present form a prefix, found by binary search on the mobile lookup hash.</summary>
    private async Task<int> SeededCountAsync(int wanted, CancellationToken ct)
    {
        int low = 0, high = wanted;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (await ExistsAsync(middle, ct))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private Task<bool> ExistsAsync(int number, CancellationToken ct)
    {
        var hash = db.Protector.LookupHash(BenchCustomers.Mobile(number));
        return db.Customers.AnyAsync(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == hash, ct);
    }
}
