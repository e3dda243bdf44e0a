using System.Data;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Refunds;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Refunds;

/// <summary>退款申请 (seed 000 §4.8): created on a contract, its account entered by staff or pushed to the customer
/// (退款账户 task + template message), then sent into the Refund approval. The caller has checked that the staff
/// member's data scope covers the contract, or that the customer is the application's.</summary>
public sealed class RefundApplicationService(CellCrmDbContext db, RefundSources sources, ApprovalService approvals, TaskPusher pusher,
    INumberGenerator numbers, TimeProvider clock)
{
    public const string TaskSubjectType = nameof(RefundApplication);
    private const int MaxTries = 4;
    private static readonly string[] KeyIndexes = ["RefundApplications_RequestKey", "RefundApplications.RequestKey"];

    /// <summary>Saves a draft. The same form sent twice (same request key) returns the first application. The
    /// refundable check and the insert run serializably, so two applications racing for the same payment cannot
    /// both pass it: the loser's transaction fails and its retry sees the winner's lines.</summary>
    public async Task<RefundApplication> CreateAsync(RefundRequest request, StaffRef applicant, Guid departmentId, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            if (await db.RefundApplications.AsNoTracking().FirstOrDefaultAsync(a => a.RequestKey == request.RequestKey, ct) is { } earlier)
            {
                return earlier;
            }

            var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == request.ContractId)
                .Select(c => new { c.Id, c.CustomerId }).FirstOrDefaultAsync(ct) ?? throw new DomainException("合同不存在");
            if (request.TerminationAgreementId is { } agreementId && !await db.SupplementaryAgreements.AsNoTracking().AnyAsync(g => g.Id == agreementId
                    && g.ContractId == contract.Id && (g.Type == AgreementType.TerminationBeforeSampling || g.Type == AgreementType.TerminationAfterSampling)
                    && (g.Status == AgreementStatus.Signed || g.Status == AgreementStatus.InReview || g.Status == AgreementStatus.Effective), ct))
            {
                throw new DomainException("所选终止协议不存在、不属于该合同或尚未签署", "TerminationAgreementId");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            try
            {
                var available = await sources.ForContractAsync(contract.Id, ct);
                var lines = request.Lines.Select((l, i) => new RefundLineDraft(
                    available.FirstOrDefault(s => s.Kind == l.Kind && s.Id == l.SourceId)
                        ?? throw new DomainException("所选收款不存在或不属于该合同", $"Lines[{i}].AmountYuan"), l.AmountFen, l.Reason)).ToList();
                var now = clock.GetUtcNow();
                var application = new RefundApplication(await numbers.NextAsync(RefundApplication.NumberPrefix, now, ct), contract.CustomerId,
                    contract.Id, request.TerminationAgreementId, request.Reason, lines, applicant.Id, applicant.Name, departmentId, request.RequestKey, now);
                if (request.Account is { } account)
                {
                    application.EnterAccount(account, now);
                }

                db.RefundApplications.Add(application);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return application;
            }
            catch (Exception e) when (tries < MaxTries && e is not DomainException && SaveConflicts.IsConflict(e, KeyIndexes))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task EnterAccountAsync(Guid id, int version, RefundAccount account, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        application.EnterAccount(account, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>提交审批 by staff (the account is entered).</summary>
    public async Task SubmitAsync(Guid id, int version, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        application.Submit(clock.GetUtcNow());
        await SendToApprovalAsync(application, ct);
    }

    /// <summary>推送退款账户: a 退款账户 task with its template message; saved with the application's new state.</summary>
    public async Task PushAccountRequestAsync(Guid id, int version, StaffRef staff, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        if (await db.ApprovalRequests.AnyAsync(r => r.BusinessType == ApprovalBusinessType.Refund && r.SubjectId == application.Id, ct))
        {
            throw new DomainException("该退款申请已有审批记录，请在审批详情中重新提交");
        }

        application.RequestAccountFromCustomer();
        await pusher.PushAsync(application.CustomerId, new NewTask(CustomerTaskType.RefundAccount, $"填写退款账户（{application.Number}）", null,
            new TaskSubject(TaskSubjectType, application.Id)), staff.Id, staff.Name, $"refund-account:{application.Id:N}", ct);
    }

    /// <summary>The customer's account from the portal: completes the task and sends the application into approval,
    /// once. A repeat (double tap, second tab) with the same account does nothing and returns false.</summary>
    public async Task<bool> FillAccountAsync(Guid customerId, Guid id, RefundAccount account, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            var application = await db.RefundApplications.Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == id && a.CustomerId == customerId, ct)
                ?? throw new DomainException("退款申请不存在");
            var now = clock.GetUtcNow();
            if (!application.FillAccountByCustomer(customerId, account, now))
            {
                return false;
            }

            foreach (var task in await db.CustomerTasks.Where(t => t.SubjectType == TaskSubjectType && t.SubjectId == id && t.State == CustomerTaskState.Pending).ToListAsync(ct))
            {
                task.Complete(now);
            }

            try
            {
                await SendToApprovalAsync(application, ct);
                return true;
            }
            catch (Exception e) when (tries < MaxTries && (SaveConflicts.IsConflict(e) || e is DomainException { Message: ApprovalService.ConflictMessage }))
            {
                // The same account sent at the same moment from another tap saved first (the approval service reports
                // the lost race as its conflict message): look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<RefundApplication> LoadAsync(Guid id, int version, CancellationToken ct)
    {
        var application = await db.RefundApplications.Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new DomainException("退款申请不存在");
        if (application.Version != version)
        {
            throw new DomainException("退款申请已被他人修改，请刷新后再试");
        }

        return application;
    }

    /// <summary>The applicant stays the approval's submitter (the leader steps resolve from them), also when the
    /// customer's account is what sends it.</summary>
    private async Task SendToApprovalAsync(RefundApplication application, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == application.CustomerId).Select(c => c.Name).FirstAsync(ct);
        if (await db.ApprovalRequests.AnyAsync(r => r.BusinessType == ApprovalBusinessType.Refund && r.SubjectId == application.Id, ct))
        {
            // Withdrawn or rejected earlier: the same request goes round again from the approval page.
            throw new DomainException("该退款申请已有审批记录，请在审批详情中重新提交");
        }

        await approvals.SubmitAsync(new ApprovalSubmission(ApprovalBusinessType.Refund, application.Id,
            $"退款申请：{customer}（{application.Number}）", new StaffRef(application.ApplicantId, application.ApplicantName),
            application.DepartmentId, AmountFen: application.TotalFen, Comment: application.Reason), ct);
    }
}
