using System.Security.Claims;
using CellCrm.BackOffice.Authorization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services;

/// <summary>The per-record check every customer handler runs first (SPEC §1: data scope is enforced on every
/// page and handler, not only in menus).</summary>
public sealed class CustomerAccess(CellCrmDbContext db, IAuthorizationService authorization)
{
    public async Task<CustomerAccessResult> CheckAsync(ClaimsPrincipal user, Guid customerId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var record = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new CustomerRecord(c.Id, c.OwnerId, c.DepartmentId, c.Status, c.RecycledById))
            .FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return CustomerAccessResult.NotFound;
        }

        var result = await authorization.AuthorizeAsync(user, record, operation);
        return result.Succeeded ? CustomerAccessResult.Allowed : CustomerAccessResult.Denied;
    }
}
