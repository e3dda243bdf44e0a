using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Refunds;

/// <summary>A refund application is seen and handled by whoever may open its contract (the same data scope).</summary>
public sealed class RefundAccess(CellCrmDbContext db, ContractAccess contracts)
{
    public async Task<CustomerAccessResult> CheckAsync(Guid applicationId, CancellationToken ct)
    {
        var contractId = await db.RefundApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => (Guid?)a.ContractId).FirstOrDefaultAsync(ct);
        return contractId is null ? CustomerAccessResult.NotFound : await contracts.CheckAsync(contractId.Value, ct);
    }
}
