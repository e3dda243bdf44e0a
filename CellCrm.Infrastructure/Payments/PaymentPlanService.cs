using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Payments;

/// <summary>回款计划 of a contract (seed 000 §5.1): read with each line's share of the money received, and set by the
/// contract's owner through <see cref="PaymentPlan"/>. A change takes the contract's collection lock, so it cannot
/// interleave with a 发起收款 for one of its lines. The caller has checked the contract is in the staff member's scope.</summary>
public sealed class PaymentPlanService(CellCrmDbContext db, ContractReceivables receivables, ContractCollectionLock collectionLock, TimeProvider clock)
{
    public async Task<PaymentPlanView> ViewAsync(ContractReceivable receivable, CancellationToken ct)
    {
        var plan = await db.PaymentPlans.AsNoTracking().Include(p => p.Lines).FirstOrDefaultAsync(p => p.ContractId == receivable.ContractId, ct);
        return View(receivable, plan, ChinaTime.Today(clock.GetUtcNow()));
    }

    /// <summary>The plan with its allocation for <paramref name="receivable"/> (pure: no database).</summary>
    public static PaymentPlanView View(ContractReceivable receivable, PaymentPlan? plan, DateOnly today)
    {
        if (plan is null)
        {
            return new PaymentPlanView(receivable.ContractId, null, 0, [], null, null);
        }

        var open = receivable.Links.Where(l => l.State == PaymentLinkState.Pending).ToList();
        var lines = PlanAllocation.Allocate(plan.Lines, receivable.ReceivedFen, today)
            .Select(s => new PlanLineView(s, open.Where(l => l.PlanLineIds.Contains(s.LineId)).Sum(l => l.AmountFen)))
            .ToList();
        return new PaymentPlanView(plan.ContractId, plan.Id, plan.Version, lines, plan.UpdatedByName, plan.UpdatedAt);
    }

    /// <summary>Why <paramref name="staffId"/> cannot change the plan now, or null.</summary>
    public static string? EditRefusal(Contract contract, ContractReceivable receivable, Guid staffId) =>
        PaymentPlan.EditRefusal(contract, EditState(receivable), staffId);

    /// <summary>Creates or replaces the plan. <paramref name="version"/> is the plan's version the form was built on
    /// (0 when there was none), so a change made meanwhile by someone else is not overwritten.</summary>
    public async Task SaveAsync(Guid contractId, int version, IReadOnlyList<PlanLineDraft> drafts, StaffRef actor, CancellationToken ct)
    {
        await using var held = await collectionLock.AcquireAsync(contractId, ct);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contractId, ct)
            ?? throw new DomainException("合同不存在");
        var receivable = await receivables.ForAsync(contract, ct);
        var plan = await db.PaymentPlans.Include(p => p.Lines).FirstOrDefaultAsync(p => p.ContractId == contractId, ct);
        if ((plan?.Version ?? 0) != version)
        {
            throw new DomainException("回款计划已被他人修改，请刷新页面后重试");
        }

        var now = clock.GetUtcNow();
        if (plan is null)
        {
            db.PaymentPlans.Add(PaymentPlan.Create(contract, drafts, EditState(receivable), actor, now));
        }
        else
        {
            plan.Replace(contract, drafts, EditState(receivable), actor, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException("回款计划已被他人修改，请刷新页面后重试");
        }
    }

    private static PlanEditState EditState(ContractReceivable receivable) =>
        new(receivable.ReceivedFen, receivable.Links.Count(l => l.State == PaymentLinkState.Pending && l.PlanLineIds.Count > 0));
}
