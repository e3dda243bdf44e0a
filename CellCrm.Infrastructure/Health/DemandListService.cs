using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Health;
using CellCrm.Domain.Notifications;
using CellCrm.Domain.Organization;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Health;

/// <summary>Creates demand lists and runs their plan loop (SPEC §3.2, seed 000 §3.5). Each action loads the list,
/// applies one domain method, notifies the other side and saves once; a save that lost a race to another user is
/// refused with "请刷新后重试" and changes nothing.</summary>
public sealed class DemandListService(CellCrmDbContext db, INumberGenerator numbers, INotifier notifier, TaskPusher pusher, TimeProvider clock)
{
    public async Task<DemandList> CreateAsync(DemandDetails details, StaffRef owner, Guid ownerDepartmentId, AccessScope scope, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var valid = details.Validated(ChinaTime.Today(now));
        await EnsureCustomersAsync(valid, scope, ct);
        var expertName = await ExpertNameAsync(valid.MedicalExpertId, ct);
        var list = new DemandList(await numbers.NextAsync(DemandList.NumberPrefix, now, ct), valid, expertName, owner.Id, ownerDepartmentId, now);
        db.DemandLists.Add(list);
        await db.SaveChangesAsync(ct);
        return list;
    }

    public Task UpdateAsync(Guid id, int version, DemandDetails details, AccessScope scope, CancellationToken ct) =>
        RunAsync(id, version, async list =>
        {
            var now = clock.GetUtcNow();
            var valid = details.Validated(ChinaTime.Today(now));
            await EnsureCustomersAsync(valid, scope, ct);
            list.Update(valid, await ExpertNameAsync(valid.MedicalExpertId, ct), now);
        }, ct);

    /// <summary>推送体检清单 or 推送健康调查 to the recipient: the task, its message and the list's pushed-at are saved
    /// together; the same request key twice pushes once.</summary>
    public async Task<PushResult> PushAsync(Guid id, int version, StaffRef actor, CustomerTaskType type, Guid requestKey, CancellationToken ct)
    {
        PushResult? result = null;
        await RunAsync(id, version, async list =>
        {
            var now = clock.GetUtcNow();
            var title = type switch
            {
                CustomerTaskType.ExamChecklist => "请提供近六个月内的体检报告",
                CustomerTaskType.HealthSurvey => "请如实填写健康调查",
                _ => throw new DomainException("需求清单只能推送体检清单或健康调查"),
            };
            if (type == CustomerTaskType.ExamChecklist)
            {
                list.RecordExamChecklistPushed(actor.Id, now);
            }
            else
            {
                list.RecordQuestionnairePushed(actor.Id, now);
            }

            result = await pusher.PushAsync(list.RecipientId, new NewTask(type, $"{title}（{list.Number}）", null, new TaskSubject(nameof(DemandList), list.Id)),
                actor.Id, actor.Name, $"dml:{id:N}:{type}:{requestKey:N}", ct);
            if (result.AlreadyPushed)
            {
                // A repeated submission: nothing new was pushed, so the list keeps its earlier pushed-at.
                db.Entry(list).State = EntityState.Unchanged;
            }
        }, ct);
        return result!;
    }

    public Task SubmitAsync(Guid id, int version, StaffRef actor, CancellationToken ct) =>
        RunAsync(id, version, list =>
        {
            list.SubmitForReview(actor.Id, clock.GetUtcNow());
            notifier.Notify(list.MedicalExpertId, "需求清单待审核", $"{actor.Name}提交了需求清单{list.Number}，请审核体检报告和健康调查并出具方案。", Link(list));
            return Task.CompletedTask;
        }, ct);

    public Task RejectAsync(Guid id, int version, StaffRef expert, string reason, CancellationToken ct) =>
        RunAsync(id, version, list =>
        {
            list.RejectByExpert(expert.Id, reason, clock.GetUtcNow());
            notifier.Notify(list.OwnerId, "需求清单被驳回", $"{expert.Name}驳回了需求清单{list.Number}：{list.RejectionReason}", Link(list));
            return Task.CompletedTask;
        }, ct);

    public Task IssuePlanAsync(Guid id, int version, StaffRef expert, PlanContent plan, CancellationToken ct) =>
        RunAsync(id, version, list =>
        {
            var issued = list.IssuePlan(expert.Id, expert.Name, plan, clock.GetUtcNow());
            notifier.Notify(list.OwnerId, "方案已出具", $"{expert.Name}为需求清单{list.Number}出具了第{issued.Number}版方案，请确认。", Link(list));
            return Task.CompletedTask;
        }, ct);

    public Task AgreePlanAsync(Guid id, int version, StaffRef advisor, string? comment, CancellationToken ct) =>
        RunAsync(id, version, list =>
        {
            list.AgreePlan(advisor.Id, comment, clock.GetUtcNow());
            notifier.Notify(list.MedicalExpertId, "方案已确认", $"{advisor.Name}同意了需求清单{list.Number}的第{list.CurrentPlan!.Number}版方案。", Link(list));
            return Task.CompletedTask;
        }, ct);

    public Task RequestPlanChangeAsync(Guid id, int version, StaffRef advisor, string comment, CancellationToken ct) =>
        RunAsync(id, version, list =>
        {
            list.RequestPlanChange(advisor.Id, comment, clock.GetUtcNow());
            notifier.Notify(list.MedicalExpertId, "方案需修改", $"{advisor.Name}对需求清单{list.Number}的方案提出修改意见：{comment.Trim()}", Link(list));
            return Task.CompletedTask;
        }, ct);

    private static string Link(DemandList list) => $"/DemandLists/Details/{list.Id}";

    private async Task RunAsync(Guid id, int version, Func<DemandList, Task> action, CancellationToken ct)
    {
        var list = await db.DemandLists.Include(d => d.Plans).SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new DomainException("需求清单不存在");
        if (list.Version != version)
        {
            throw new DomainException("该需求清单已被他人更新，请刷新页面后重试");
        }

        await action(list);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException("该需求清单已被他人更新，请刷新页面后重试");
        }
    }

    /// <summary>Recipient and donor must be active customers the advisor can see (the donor may also be a member
    /// of the recipient's family archive).</summary>
    private async Task EnsureCustomersAsync(DemandDetails details, AccessScope scope, CancellationToken ct)
    {
        var ids = new[] { details.RecipientId, details.DonorId!.Value }.Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.OwnerId, c.DepartmentId, c.Status, c.FamilyArchiveId }).ToListAsync(ct);
        var recipient = customers.SingleOrDefault(c => c.Id == details.RecipientId);
        if (recipient is null || recipient.Status != CustomerStatus.Active || !scope.Covers(recipient.Id, recipient.OwnerId, recipient.DepartmentId))
        {
            throw new DomainException("受者不存在或不在您的客户范围内", nameof(DemandDetails.RecipientId));
        }

        var donor = customers.SingleOrDefault(c => c.Id == details.DonorId);
        var sameFamily = donor?.FamilyArchiveId is not null && donor.FamilyArchiveId == recipient.FamilyArchiveId;
        if (donor is null || donor.Status == CustomerStatus.Recycled
            || !(sameFamily || scope.Covers(donor.Id, donor.OwnerId, donor.DepartmentId)))
        {
            throw new DomainException("储户不存在或不在您的客户范围内", nameof(DemandDetails.DonorId));
        }
    }

    private async Task<string> ExpertNameAsync(Guid expertId, CancellationToken ct)
    {
        var name = await MedicalExperts().Where(e => e.Id == expertId).Select(e => e.Name).SingleOrDefaultAsync(ct);
        return name ?? throw new DomainException("请选择有效的医学专家", nameof(DemandDetails.MedicalExpertId));
    }

    /// <summary>Active staff with the medical-expert role: the choices for a demand list's expert.</summary>
    public IQueryable<StaffMember> MedicalExperts() =>
        db.Staff.AsNoTracking().Where(s => s.IsActive && db.UserRoles
            .Join(db.Roles.Where(r => r.Name == StaffRoles.MedicalExpert), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Contains(s.Id));
}
