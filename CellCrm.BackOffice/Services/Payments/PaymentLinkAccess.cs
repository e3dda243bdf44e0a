using System.Security.Claims;
using CellCrm.BackOffice.Authorization;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Payments;

/// <summary>A payment link is seen and changed by whoever may see or change its customer (the same data scope).</summary>
public sealed class PaymentLinkAccess(CellCrmDbContext db, CustomerAccess customers)
{
    public async Task<CustomerAccessResult> CheckAsync(ClaimsPrincipal user, Guid linkId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var customerId = await db.PaymentLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => (Guid?)l.CustomerId).FirstOrDefaultAsync(ct);
        return customerId is null ? CustomerAccessResult.NotFound : await customers.CheckAsync(user, customerId.Value, operation, ct);
    }

    public static OperationAuthorizationRequirement View => CustomerOperations.View;

    public static OperationAuthorizationRequirement Edit => CustomerOperations.Edit;
}
