using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Payments;

/// <summary>发起收款 and the staff actions on a link (seed 000 §5.2). Sending saves the link, its 缴费 task and the
/// 缴费通知 message in one transaction; the same request key twice sends once. A link for a contract (sent or
/// superseding) needs a contract of the customer that accepts payment and may not exceed what is still outstanding.
/// Cancelling or superseding first settles an open order at WeChat Pay, so a link staff withdrew cannot be charged.
/// For a contract, the check and the save hold the contract's collection lock, so two forms sent at the same moment
/// cannot together ask for more than is outstanding (received + open links ≤ amount). A link may be bound to a line of
/// the contract's 回款计划 and then asks at most what that line still lacks.
/// The caller has checked the staff member may act on the customer.</summary>
public sealed class PaymentLinkService(CellCrmDbContext db, TaskPusher pusher, PaymentAttemptSettler settler, ContractReceivables receivables,
    ContractCollectionLock collectionLock, TimeProvider clock)
{
    public const string SubjectType = nameof(PaymentLink);
    public const string ValidityNotice = "付款链接10个月有效";

    public Task<PaymentLink> SendAsync(Guid customerId, long amountFen, string reason, Guid? contractId, StaffRef actor, Guid requestKey, CancellationToken ct) =>
        SendAsync(customerId, amountFen, reason, contractId, null, actor, requestKey, ct);

    /// <summary>发起收款, for a line of the contract's plan when <paramref name="planLineId"/> is given.</summary>
    public async Task<PaymentLink> SendAsync(Guid customerId, long amountFen, string reason, Guid? contractId, Guid? planLineId, StaffRef actor,
        Guid requestKey, CancellationToken ct)
    {
        if (planLineId is not null && contractId is null)
        {
            throw new DomainException("回款计划的收款须关联合同");
        }

        await using var held = contractId is { } id ? await collectionLock.AcquireAsync(id, ct) : null;
        // The same form again (a double tap) finds the link it sent, before the limits count that link as open.
        if (await ExistingAsync(requestKey, ct) is { } earlier)
        {
            return earlier;
        }

        await CheckContractAsync(contractId, customerId, amountFen, planLineId, null, ct);
        var link = PaymentLink.Send(customerId, amountFen, reason, contractId, planLineId is { } line ? [line] : null, actor.Id, actor.Name,
            clock.GetUtcNow());
        return await PushAsync(link, actor, requestKey, null, ct);
    }

    public Task CancelAsync(Guid linkId, int version, string reason, StaffRef actor, CancellationToken ct) =>
        ChangeAsync(linkId, version, async link =>
        {
            link.Cancel(reason, clock.GetUtcNow());
            await CancelTaskAsync(link.Id, ct);
            await SaveAsync(ct);
            return link;
        }, ct);

    /// <summary>Sends a corrected notice in place of the link; returns the new link.</summary>
    public async Task<PaymentLink> SupersedeAsync(Guid linkId, int version, long amountFen, string reason, StaffRef actor, Guid requestKey, CancellationToken ct)
    {
        var contractId = await db.PaymentLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => l.ContractId).FirstOrDefaultAsync(ct);
        await using var held = contractId is { } id ? await collectionLock.AcquireAsync(id, ct) : null;
        return await SupersedeLockedAsync(linkId, version, amountFen, reason, actor, requestKey, ct);
    }

    private async Task<PaymentLink> SupersedeLockedAsync(Guid linkId, int version, long amountFen, string reason, StaffRef actor, Guid requestKey,
        CancellationToken ct) =>
        await ExistingAsync(requestKey, ct) ?? await ChangeAsync(linkId, version, async link =>
        {
            await CheckContractAsync(link.ContractId, link.CustomerId, amountFen, link.PlanLineIds.FirstOrDefault() is { } line && line != Guid.Empty ? line : null,
                link.Id, ct);
            var next = link.Supersede(amountFen, reason, actor.Id, actor.Name, clock.GetUtcNow());
            await CancelTaskAsync(link.Id, ct);
            return await PushAsync(next, actor, requestKey, link, ct);
        }, ct);

    /// <summary>The task title: the reason, the amount and the validity, within the task's and message's limits.</summary>
    public static string TaskTitle(PaymentLink link)
    {
        var suffix = $"，金额{PaymentLinkLabels.Yuan(link.AmountFen)}元，{ValidityNotice}";
        // The outbox message title is "缴费：" + the task title, and both are limited.
        var room = Math.Min(CustomerTask.TitleMaxLength, Domain.Messaging.OutboxMessage.TitleMaxLength - 3) - suffix.Length;
        var reason = link.Reason.Length <= room ? link.Reason : link.Reason[..Math.Max(0, room - 1)] + "…";
        return reason + suffix;
    }

    /// <summary>收款 for a contract (seed 000 §5): the customer's contract, accepting payment, at most the outstanding less
    /// the other links still waiting to be paid (<paramref name="replacing"/> does not count: it stops being payable), and
    /// for a plan line at most what that line lacks less its other open links.</summary>
    private async Task CheckContractAsync(Guid? contractId, Guid customerId, long amountFen, Guid? planLineId, Guid? replacing, CancellationToken ct)
    {
        if (contractId is not { } id)
        {
            return;
        }

        var contract = await receivables.ForAsync(id, ct);
        if (contract is null || contract.CustomerId != customerId)
        {
            throw new DomainException("合同不存在或不属于该客户");
        }

        if (!contract.AcceptsPayment)
        {
            throw new DomainException("该合同当前状态不能收款");
        }

        if (amountFen > contract.OutstandingFen)
        {
            throw new DomainException(contract.OutstandingFen == 0
                ? "该合同已全部收款，无需再发起收款"
                : $"收款金额不能超过合同未收金额{PaymentLinkLabels.Yuan(contract.OutstandingFen)}元", nameof(PaymentLink.AmountFen));
        }

        var open = contract.Links.Where(l => l.State == PaymentLinkState.Pending && l.Id != replacing).ToList();
        var openFen = open.Sum(l => l.AmountFen);
        if (amountFen > contract.OutstandingFen - openFen)
        {
            var left = Math.Max(0, contract.OutstandingFen - openFen);
            throw new DomainException(
                $"合同未收金额{PaymentLinkLabels.Yuan(contract.OutstandingFen)}元中已有{PaymentLinkLabels.Yuan(openFen)}元发起收款待支付，" +
                (left == 0 ? "请先取消或替代待支付的付款链接" : $"本次收款金额不能超过{PaymentLinkLabels.Yuan(left)}元"), nameof(PaymentLink.AmountFen));
        }

        if (planLineId is { } lineId)
        {
            await CheckPlanLineAsync(contract, lineId, amountFen, replacing, ct);
        }
    }

    private async Task CheckPlanLineAsync(ContractReceivable contract, Guid lineId, long amountFen, Guid? replacing, CancellationToken ct)
    {
        var plan = await db.PaymentPlans.AsNoTracking().Include(p => p.Lines).FirstOrDefaultAsync(p => p.ContractId == contract.ContractId, ct);
        var others = contract with { Links = [.. contract.Links.Where(l => l.Id != replacing)] };
        var line = PaymentPlanService.View(others, plan, ChinaTime.Today(clock.GetUtcNow())).Lines.FirstOrDefault(l => l.Status.LineId == lineId)
            ?? throw new DomainException("回款计划期次不存在或已修改，请刷新页面后重试");
        if (amountFen > line.CollectibleFen)
        {
            throw new DomainException(line.CollectibleFen == 0
                ? $"回款计划{line.Status.Label}已无待收金额"
                : $"收款金额不能超过回款计划{line.Status.Label}待收金额{PaymentLinkLabels.Yuan(line.CollectibleFen)}元", nameof(PaymentLink.AmountFen));
        }
    }

    private async Task<PaymentLink> PushAsync(PaymentLink link, StaffRef actor, Guid requestKey, PaymentLink? replaced, CancellationToken ct)
    {
        db.PaymentLinks.Add(link);
        var task = new NewTask(CustomerTaskType.Payment, TaskTitle(link), null, new TaskSubject(SubjectType, link.Id));
        PushResult pushed;
        try
        {
            pushed = await pusher.PushAsync(link.CustomerId, task, actor.Id, actor.Name, PushKey(requestKey), ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException("该付款链接已被他人更新，请刷新页面后重试");
        }

        if (!pushed.AlreadyPushed)
        {
            return link;
        }

        // The same form arrived twice: nothing new is sent, the earlier link stands.
        db.Entry(link).State = EntityState.Detached;
        if (replaced is not null)
        {
            db.Entry(replaced).State = EntityState.Detached;
        }

        return await ExistingAsync(requestKey, ct) ?? throw new InvalidOperationException("Push key taken without a payment link.");
    }

    private async Task<PaymentLink?> ExistingAsync(Guid requestKey, CancellationToken ct)
    {
        var key = PushKey(requestKey);
        var linkId = await db.CustomerTasks.AsNoTracking().Where(t => t.PushKey == key && t.SubjectType == SubjectType)
            .Select(t => t.SubjectId).FirstOrDefaultAsync(ct);
        return linkId is null ? null : await db.PaymentLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == linkId, ct);
    }

    private async Task CancelTaskAsync(Guid linkId, CancellationToken ct)
    {
        var tasks = await db.CustomerTasks.Where(t => t.SubjectType == SubjectType && t.SubjectId == linkId && t.State == CustomerTaskState.Pending).ToListAsync(ct);
        foreach (var task in tasks)
        {
            task.Cancel(clock.GetUtcNow());
        }
    }

    private async Task<PaymentLink> ChangeAsync(Guid linkId, int version, Func<PaymentLink, Task<PaymentLink>> action, CancellationToken ct)
    {
        var link = await db.PaymentLinks.Include(l => l.Attempts).SingleOrDefaultAsync(l => l.Id == linkId, ct)
            ?? throw new DomainException("付款链接不存在");
        if (link.Version != version)
        {
            throw new DomainException("该付款链接已被他人更新，请刷新页面后重试");
        }

        if (link.OpenAttempt is { } open && link.IsPayable(clock.GetUtcNow()))
        {
            switch (await settler.SettleAsync(link, open, closeFreshPrepay: true, ct))
            {
                case SettleOutcome.Paid:
                    throw new DomainException("客户已完成支付，不能再取消或替代");
                case SettleOutcome.StillOpen:
                    await SaveAsync(ct);
                    throw new DomainException("客户正在支付，请稍后确认支付结果后再操作");
                case SettleOutcome.Unavailable:
                    throw new DomainException("暂时无法向微信支付确认支付结果，请稍后重试");
                case SettleOutcome.Closed:
                    break;
            }
        }

        return await action(link);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException("该付款链接已被他人更新，请刷新页面后重试");
        }
    }

    private static string PushKey(Guid requestKey) => $"paylink:{requestKey:N}";
}
