using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>市场政策 administration: create, change, stop and restart policies (admins only, checked by the pages).</summary>
public sealed class MarketPolicyService(CellCrmDbContext db)
{
    public async Task<MarketPolicy> CreateAsync(PolicyTerms terms, CancellationToken ct)
    {
        await EnsureProductsAsync(terms.ProductIds, ct);
        var policy = new MarketPolicy(terms);
        if (await db.MarketPolicies.AnyAsync(p => p.Code == policy.Code, ct))
        {
            throw new DomainException("政策编号已存在", nameof(PolicyTerms.Code));
        }

        db.MarketPolicies.Add(policy);
        await SaveAsync(ct);
        return policy;
    }

    public Task UpdateAsync(Guid id, int version, PolicyTerms terms, CancellationToken ct) =>
        RunAsync(id, version, async policy =>
        {
            await EnsureProductsAsync(terms.ProductIds, ct);
            if (await db.MarketPolicies.AnyAsync(p => p.Code == terms.Code.Trim() && p.Id != id, ct))
            {
                throw new DomainException("政策编号已存在", nameof(PolicyTerms.Code));
            }

            policy.Update(terms);
        }, ct);

    public Task SetActiveAsync(Guid id, int version, bool active, CancellationToken ct) =>
        RunAsync(id, version, policy =>
        {
            if (active)
            {
                policy.Activate();
            }
            else
            {
                policy.Deactivate();
            }

            return Task.CompletedTask;
        }, ct);

    private async Task RunAsync(Guid id, int version, Func<MarketPolicy, Task> action, CancellationToken ct)
    {
        var policy = await db.MarketPolicies.Include(p => p.Products).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new DomainException("市场政策不存在");
        if (policy.Version != version)
        {
            throw new DomainException("该市场政策已被他人修改，请刷新页面后重试");
        }

        await action(policy);
        await SaveAsync(ct);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, "IX_MarketPolicies_Code", "MarketPolicies.Code"))
        {
            throw new DomainException("该市场政策已被他人修改或政策编号重复，请刷新页面后重试");
        }
    }

    private async Task EnsureProductsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        if (await db.Products.CountAsync(p => distinct.Contains(p.Id), ct) != distinct.Count)
        {
            throw new DomainException("参与产品中有不存在的产品", "ProductIds");
        }
    }
}
