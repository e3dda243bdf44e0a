using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace CellCrm.Infrastructure.Tests.Persistence;

/// <summary>Encryption at rest, lookup hashes, the audit trail and optimistic concurrency, on real MariaDB.</summary>
public class PersistenceTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Mobile_IsStoredEncrypted_WithKeyedHash()
    {
        var id = await CreateCustomerAsync("18612345678", "320525197009184880");

        await using var connection = new MySqlConnection(app.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new MySqlCommand("SELECT Mobile, MobileHash, IdNumber FROM Customers WHERE Id = @id", connection);
        command.Parameters.AddWithValue("@id", id.ToString());
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        var storedMobile = reader.GetString(0);
        var storedHash = reader.GetString(1);
        var storedId = reader.GetString(2);

        Assert.StartsWith("v1:", storedMobile);
        Assert.DoesNotContain("18612345678", storedMobile);
        Assert.DoesNotContain("320525197009184880", storedId);
        Assert.Equal(64, storedHash.Length);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            Assert.Equal(db.Protector.LookupHash("18612345678"), storedHash);
            var loaded = await db.Customers.SingleAsync(c => c.Id == id);
            Assert.Equal("18612345678", loaded.Mobile);
            Assert.Equal("320525197009184880", loaded.IdNumber);
        });
    }

    [Fact]
    public async Task DuplicateFinder_FindsByMobileAndByIdNumber()
    {
        var id = await CreateCustomerAsync("18612345678", "320525197009184880");

        await app.WithScopeAsync(async sp =>
        {
            var finder = sp.GetRequiredService<ICustomerDuplicateFinder>();
            var byMobile = await finder.FindAsync("186 1234 5678", null, null, null, CancellationToken.None);
            var byId = await finder.FindAsync("18600000000", IdDocumentType.MainlandIdCard, "320525197009184880", null, CancellationToken.None);
            var self = await finder.FindAsync("18612345678", null, null, id, CancellationToken.None);

            Assert.Equal(DuplicateField.Mobile, Assert.Single(byMobile).Field);
            Assert.Equal(DuplicateField.IdNumber, Assert.Single(byId).Field);
            Assert.Equal(id, byId[0].CustomerId);
            Assert.Empty(self);
        });
    }

    [Fact]
    public async Task SameMobileTwice_IsRefusedByTheDatabase()
    {
        await CreateCustomerAsync("18612345678", null);
        await Assert.ThrowsAsync<DbUpdateException>(() => CreateCustomerAsync("18612345678", null));
    }

    [Fact]
    public async Task Modify_WritesOneAuditEntryPerChangedField_WithPersonalDataMasked()
    {
        var id = await CreateCustomerAsync("18612345678", null);

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var customer = await db.Customers.SingleAsync(c => c.Id == id);
            customer.UpdateProfile(customer.ToProfile() with { Name = "王小明", Mobile = "18700001111" });
            await db.SaveChangesAsync();
        });

        var entries = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().AuditEntries
            .Where(a => a.RootId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(AuditAction.Created, entries[0].Action);
        var name = Assert.Single(entries, e => e.Field == nameof(Customer.Name));
        Assert.Equal(("测试客户", "王小明"), (name.OldValue, name.NewValue));
        var mobile = Assert.Single(entries, e => e.Field == nameof(Customer.Mobile));
        Assert.Equal(("186****5678", "187****1111"), (mobile.OldValue, mobile.NewValue));
        Assert.Equal("系统", name.ActorName);
        Assert.DoesNotContain(entries, e => e.Field == nameof(Customer.Version));
    }

    [Fact]
    public async Task ChildChange_IsAuditedUnderItsCustomer_AndBumpsTheVersion()
    {
        var id = await CreateCustomerAsync("18612345678", null);

        var version = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var customer = await db.Customers.Include(c => c.Tags).SingleAsync(c => c.Id == id);
            customer.SetTags(["VIP"]);
            await db.SaveChangesAsync();
            return customer.Version;
        });

        Assert.Equal(1, version);
        var tagEntry = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().AuditEntries
            .SingleAsync(a => a.RootId == id && a.EntityType == nameof(CustomerTag)));
        Assert.Equal("VIP", tagEntry.NewValue);
    }

    [Fact]
    public async Task ConcurrentEdits_SecondSaveIsRefused_AndNothingOfItIsStored()
    {
        var id = await CreateCustomerAsync("18612345678", null);
        using var scopeA = app.Services.CreateScope();
        using var scopeB = app.Services.CreateScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<CellCrmDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<CellCrmDbContext>();
        var a = await dbA.Customers.SingleAsync(c => c.Id == id);
        var b = await dbB.Customers.SingleAsync(c => c.Id == id);

        a.UpdateProfile(a.ToProfile() with { Name = "甲" });
        await dbA.SaveChangesAsync();
        b.UpdateProfile(b.ToProfile() with { Name = "乙" });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("甲", stored.Name);
        var auditedNames = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().AuditEntries
            .Where(e => e.RootId == id && e.Field == nameof(Customer.Name)).Select(e => e.NewValue).ToListAsync());
        Assert.Equal(["甲"], auditedNames);
    }

    [Fact]
    public async Task EveryMigration_IsApplied()
    {
        var pending = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
    }

    private Task<Guid> CreateCustomerAsync(string mobile, string? idNumber) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var owner = await db.Staff.FirstAsync();
        var family = new FamilyArchive("测试客户", DateTimeOffset.UtcNow);
        db.FamilyArchives.Add(family);
        var customer = new Customer(new CustomerProfile
        {
            Name = "测试客户",
            Mobile = mobile,
            IdType = idNumber is null ? null : IdDocumentType.MainlandIdCard,
            IdNumber = idNumber,
        }, owner.Id, owner.DepartmentId, family.Id, DateTimeOffset.UtcNow);
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    });
}
