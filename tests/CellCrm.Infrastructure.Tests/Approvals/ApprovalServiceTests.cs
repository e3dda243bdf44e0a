using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Approvals;

/// <summary>The approval mechanism end to end on MariaDB, with the seeded flows and demo organisation.</summary>
public class ApprovalServiceTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task MultiStepFlow_RejectThenResubmit_EndsApproved_WithFullTimeline()
    {
        var id = await SubmitRefundAsync();

        await Act("leader", (s, me) => s.ApproveAsync(id, me, "情况属实", CancellationToken.None));
        await Act("finance", (s, me) => s.RejectAsync(id, me, "缺少退款凭证", CancellationToken.None));
        Assert.Equal(ApprovalStatus.Rejected, (await LoadAsync(id)).Status);

        await Act("advisor", (s, me) => s.ResubmitAsync(id, me, "已补充凭证", CancellationToken.None));
        await Act("leader", (s, me) => s.ApproveAsync(id, me, null, CancellationToken.None));
        await Act("finance", (s, me) => s.ApproveAsync(id, me, "同意退款", CancellationToken.None));

        var request = await LoadAsync(id);
        Assert.Equal(ApprovalStatus.Approved, request.Status);
        Assert.Equal(2, request.Round);
        Assert.Equal(
            [ApprovalActionKind.Submitted, ApprovalActionKind.Approved, ApprovalActionKind.Rejected, ApprovalActionKind.Resubmitted,
             ApprovalActionKind.Approved, ApprovalActionKind.Approved, ApprovalActionKind.Completed],
            request.Actions.OrderBy(a => a.Sequence).Select(a => a.Kind));
        var advisor = await app.WithScopeAsync(sp => sp.RefAsync("advisor"));
        var notices = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Notifications
            .Where(n => n.RecipientId == advisor.Id).Select(n => n.Title).ToListAsync());
        Assert.Contains("您发起的审批: 退款申请审批 已驳回, 请知晓", notices);
        Assert.Contains("您发起的审批: 退款申请审批 已同意, 请知晓", notices);
    }

    [Fact]
    public async Task ActingOutOfTurn_IsRefused_AndChangesNothing()
    {
        var id = await SubmitRefundAsync();

        var wrongPerson = await Assert.ThrowsAsync<DomainException>(() => Act("finance", (s, me) => s.ApproveAsync(id, me, null, CancellationToken.None)));
        var self = await Assert.ThrowsAsync<DomainException>(() => Act("advisor", (s, me) => s.ApproveAsync(id, me, null, CancellationToken.None)));

        Assert.Equal("您不是当前步骤的审批人", wrongPerson.Message);
        Assert.Equal("不能审批自己提交的申请", self.Message);
        var request = await LoadAsync(id);
        Assert.Equal("组长审批", request.CurrentStep!.Name);
        Assert.Single(request.Actions);

        await Act("advisor", (s, me) => s.WithdrawAsync(id, me, null, CancellationToken.None));
        var decided = await Assert.ThrowsAsync<DomainException>(() => Act("leader", (s, me) => s.ApproveAsync(id, me, null, CancellationToken.None)));
        Assert.Equal("该审批已撤回，不能再操作", decided.Message);
    }

    [Fact]
    public async Task ConcurrentApprovals_OneWins_AndTheStepIsDecidedOnce()
    {
        var id = await SubmitRefundAsync();

        var attempts = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                await Act("leader", (s, me) => s.ApproveAsync(id, me, "同意", CancellationToken.None));
                return (string?)null;
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        }));
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.True(
            r is ApprovalService.ConflictMessage or "您不是当前步骤的审批人", r));
        var request = await LoadAsync(id);
        Assert.Single(request.Actions, a => a.Kind == ApprovalActionKind.Approved);
        Assert.Equal("财务审批", request.CurrentStep!.Name);
    }

    [Fact]
    public async Task Reassign_MovesTheStepToTheNewApprover()
    {
        var id = await SubmitRefundAsync();
        var division = await app.WithScopeAsync(sp => sp.RefAsync("division"));

        await Act("leader", (s, me) => s.ReassignAsync(id, me, division.Id, "休假中", false, CancellationToken.None));

        await Assert.ThrowsAsync<DomainException>(() => Act("leader", (s, me) => s.ApproveAsync(id, me, null, CancellationToken.None)));
        await Act("division", (s, me) => s.ApproveAsync(id, me, null, CancellationToken.None));
        var request = await LoadAsync(id);
        Assert.Equal("财务审批", request.CurrentStep!.Name);
        Assert.Contains(request.Actions, a => a.Kind == ApprovalActionKind.Reassigned && a.Comment == "转交给李分管：休假中");
    }

    [Fact]
    public async Task LargeAmount_AddsTheConditionalStep()
    {
        var id = await SubmitRefundAsync(amountFen: 80_000_00);
        var request = await LoadAsync(id);
        Assert.Equal(["组长审批", "财务审批", "分管领导审批（5万元及以上）"], request.Steps.OrderBy(s => s.Order).Select(s => s.Name));
        Assert.Equal("李分管", request.Steps.Single(s => s.Order == 3).Assignees.Single().StaffName);
    }

    private async Task<Guid> SubmitRefundAsync(long amountFen = 1_000_00) => await app.WithScopeAsync(async sp =>
    {
        var advisor = await sp.RefAsync("advisor");
        var request = await sp.GetRequiredService<ApprovalService>().SubmitAsync(new ApprovalSubmission(
            ApprovalBusinessType.Refund, Guid.NewGuid(), "退款申请：张晓梅", advisor, await sp.DepartmentOfAsync("advisor"), AmountFen: amountFen), CancellationToken.None);
        return request.Id;
    });

    private Task Act(string userName, Func<ApprovalService, StaffRef, Task> action) => app.WithScopeAsync(async sp =>
        await action(sp.GetRequiredService<ApprovalService>(), await sp.RefAsync(userName)));

    private Task<ApprovalRequest> LoadAsync(Guid id) => app.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<ApprovalService>().FindAsync(id, CancellationToken.None))!);
}
