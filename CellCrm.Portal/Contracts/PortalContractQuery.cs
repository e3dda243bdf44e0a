using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Contracts;

/// <summary>我的合同 (SPEC §2.9): the signed-in customer's own contracts and orders once submitted (drafts are the
/// advisor's work in progress); a contract of anyone else is not found.</summary>
public sealed class PortalContractQuery(CellCrmDbContext db, ContractReceivables receivables, PaymentPlanService plans)
{
    private const int MaxListed = 50;

    public async Task<IReadOnlyList<PortalContractView>> ListAsync(Guid customerId, CancellationToken ct)
    {
        var contracts = await Visible(customerId).OrderByDescending(c => c.CreatedAt).Take(MaxListed).ToListAsync(ct);
        var views = new List<PortalContractView>();
        foreach (var contract in contracts)
        {
            views.Add(await ViewAsync(contract, ct));
        }

        return views;
    }

    public async Task<PortalContractView?> FindAsync(Guid customerId, Guid contractId, CancellationToken ct) =>
        await Visible(customerId).FirstOrDefaultAsync(c => c.Id == contractId, ct) is { } contract ? await ViewAsync(contract, ct) : null;

    private IQueryable<Contract> Visible(Guid customerId) =>
        db.Contracts.AsNoTracking().Where(c => c.CustomerId == customerId && c.Status != ContractStatus.Draft);

    private async Task<PortalContractView> ViewAsync(Contract contract, CancellationToken ct)
    {
        var receivable = await receivables.ForAsync(contract, ct);
        return new PortalContractView(contract.Id, contract.Number, contract.BusinessType, contract.Status, contract.CreatedAt, receivable,
            await plans.ViewAsync(receivable, ct));
    }
}
