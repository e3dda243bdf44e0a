using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>查重 through the keyed lookup hashes: an exact match without decrypting any row.</summary>
public sealed class CustomerDuplicateFinder(CellCrmDbContext db) : ICustomerDuplicateFinder
{
    public async Task<IReadOnlyList<DuplicateHit>> FindAsync(string mobile, IdDocumentType? idType, string? idNumber, Guid? exceptId, CancellationToken ct)
    {
        var mobileHash = db.Protector.LookupHash(MobileNumber.Normalize(mobile));
        var idHash = string.IsNullOrWhiteSpace(idNumber) ? null : db.Protector.LookupHash(IdDocument.Normalize(idNumber));
        var rows = await db.Customers.AsNoTracking()
            .Where(c => c.Id != exceptId)
            .Where(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == mobileHash
                || (idHash != null && EF.Property<string>(c, CustomerConfiguration.IdNumberHash) == idHash))
            .Select(c => new { c.Id, c.OwnerId, c.DepartmentId, MobileHash = EF.Property<string>(c, CustomerConfiguration.MobileHash) })
            .Take(5)
            .ToListAsync(ct);
        return rows.Select(r => new DuplicateHit(r.Id, r.OwnerId, r.DepartmentId, r.MobileHash == mobileHash ? DuplicateField.Mobile : DuplicateField.IdNumber)).ToList();
    }
}
