using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Approvals;

/// <summary>The one approval mechanism: every action loads the request, lets the aggregate decide, lets the
/// business type's handler react, notifies, and saves all of it in one unit of work. When two people act on the
/// same step at once the second save fails on the request's version and nothing of it is applied.</summary>
public sealed class ApprovalService(
    CellCrmDbContext db,
    ApproverResolver resolver,
    IEnumerable<IApprovalOutcomeHandler> handlers,
    INotifier notifier,
    TimeProvider clock)
{
    public const string ConflictMessage = "该审批已被他人处理，请刷新后查看最新状态";

    /// <summary>Starts an approval. Whatever the caller added to the same context (the business object) is saved
    /// with it.</summary>
    public async Task<ApprovalRequest> SubmitAsync(ApprovalSubmission s, CancellationToken ct)
    {
        var flow = await FlowAsync(s.BusinessType, ct);
        var steps = await resolver.ResolveAsync(flow, s.Submitter.Id, s.SubmitterDepartmentId, s.ContextDepartmentId, s.AmountFen, ct);
        var request = ApprovalRequest.Submit(s.BusinessType, s.SubjectId, s.Title, s.Submitter, s.SubmitterDepartmentId, s.ContextDepartmentId,
            s.AmountFen, flow.AllowSelfApproval, steps, s.Comment, clock.GetUtcNow());
        db.ApprovalRequests.Add(request);
        NotifyCurrentApprovers(request);
        await SaveAsync(ct);
        return request;
    }

    public Task ApproveAsync(Guid requestId, StaffRef actor, string? comment, CancellationToken ct) =>
        ActAsync(requestId, r => Task.FromResult(r.Approve(actor, comment, clock.GetUtcNow())), ct);

    public Task RejectAsync(Guid requestId, StaffRef actor, string? comment, CancellationToken ct) =>
        ActAsync(requestId, r => Task.FromResult(r.Reject(actor, comment, clock.GetUtcNow())), ct);

    public Task WithdrawAsync(Guid requestId, StaffRef actor, string? comment, CancellationToken ct) =>
        ActAsync(requestId, r => Task.FromResult(r.Withdraw(actor, comment, clock.GetUtcNow())), ct);

    public Task ResubmitAsync(Guid requestId, StaffRef actor, string? comment, CancellationToken ct) =>
        ActAsync(requestId, async r =>
        {
            var flow = await FlowAsync(r.BusinessType, ct);
            var steps = await resolver.ResolveAsync(flow, r.SubmitterId, r.SubmitterDepartmentId, r.ContextDepartmentId, r.AmountFen, ct);
            return r.Resubmit(actor, steps, comment, clock.GetUtcNow());
        }, ct);

    public Task ReassignAsync(Guid requestId, StaffRef actor, Guid toStaffId, string? comment, bool actorIsAdministrator, CancellationToken ct) =>
        ActAsync(requestId, async r =>
        {
            var to = await db.Staff.AsNoTracking().Where(s => s.Id == toStaffId && s.IsActive).Select(s => new StaffRef(s.Id, s.Name)).FirstOrDefaultAsync(ct)
                ?? throw new DomainException("请选择有效的新处理人", "ToStaffId");
            r.Reassign(actor, to, comment, actorIsAdministrator, clock.GetUtcNow());
            return ApprovalOutcome.StillPending;
        }, ct, renotify: true);

    public Task CommentAsync(Guid requestId, StaffRef actor, string? text, CancellationToken ct) =>
        ActAsync(requestId, r =>
        {
            r.Comment(actor, text, clock.GetUtcNow());
            return Task.FromResult(ApprovalOutcome.StillPending);
        }, ct);

    /// <summary>暂不处理 / 取消暂不处理 for one staff member.</summary>
    public async Task SnoozeAsync(Guid requestId, Guid staffId, bool snooze, CancellationToken ct)
    {
        var existing = await db.ApprovalSnoozes.FirstOrDefaultAsync(s => s.RequestId == requestId && s.StaffId == staffId, ct);
        if (snooze && existing is null)
        {
            db.ApprovalSnoozes.Add(new ApprovalSnooze(requestId, staffId, clock.GetUtcNow()));
        }
        else if (!snooze && existing is not null)
        {
            db.ApprovalSnoozes.Remove(existing);
        }

        await SaveAsync(ct);
    }

    public Task<ApprovalRequest?> FindAsync(Guid requestId, CancellationToken ct) =>
        db.ApprovalRequests.Include(r => r.Steps).ThenInclude(s => s.Assignees).Include(r => r.Actions)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == requestId, ct);

    /// <param name="renotify">Notify the current step's approvers even when the step did not change (reassignment).</param>
    private async Task ActAsync(Guid requestId, Func<ApprovalRequest, Task<ApprovalOutcome>> action, CancellationToken ct, bool renotify = false)
    {
        var request = await FindAsync(requestId, ct) ?? throw new DomainException("审批不存在或已被删除");
        var stepBefore = request.CurrentStep?.Id;
        var outcome = await action(request);
        if (outcome != ApprovalOutcome.StillPending)
        {
            var handler = handlers.FirstOrDefault(h => h.BusinessType == request.BusinessType);
            if (handler is not null)
            {
                await handler.OnOutcomeAsync(request, outcome, ct);
            }

            NotifySubmitter(request, outcome);
        }

        if (request.CurrentStep is { } step && (step.Id != stepBefore || renotify))
        {
            NotifyCurrentApprovers(request);
        }

        await SaveAsync(ct);
    }

    private async Task<ApprovalFlowDefinition> FlowAsync(ApprovalBusinessType type, CancellationToken ct) =>
        await db.ApprovalFlows.Include(f => f.Steps).AsNoTracking().FirstOrDefaultAsync(f => f.BusinessType == type, ct)
        ?? throw new DomainException($"未配置“{ApprovalLabels.Of(type)}”的审批流程，请联系管理员");

    private void NotifyCurrentApprovers(ApprovalRequest request)
    {
        foreach (var assignee in request.CurrentStep?.Assignees ?? [])
        {
            notifier.Notify(assignee.StaffId, $"待审批：{request.Title}", $"{request.SubmitterName} 提交的{ApprovalLabels.Of(request.BusinessType)}等待您处理（{request.CurrentStep!.Name}）", Link(request));
        }
    }

    private void NotifySubmitter(ApprovalRequest request, ApprovalOutcome outcome)
    {
        var verdict = outcome switch
        {
            ApprovalOutcome.Approved => "已同意",
            ApprovalOutcome.Rejected => "已驳回",
            _ => null,
        };
        if (verdict is not null)
        {
            var last = request.Actions.LastOrDefault(a => a.Kind is ApprovalActionKind.Approved or ApprovalActionKind.Rejected);
            notifier.Notify(request.SubmitterId, $"您发起的审批: {ApprovalLabels.Of(request.BusinessType)} {verdict}, 请知晓",
                $"{request.Title}" + (last?.Comment is { } c ? $"：{c}" : ""), Link(request));
        }
    }

    private static string Link(ApprovalRequest request) => $"/Approvals/Details/{request.Id}";

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, "IX_ApprovalActions_RequestId_Sequence", "ApprovalActions.RequestId, ApprovalActions.Sequence"))
        {
            throw new DomainException(ConflictMessage);
        }
    }
}
