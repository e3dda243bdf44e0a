using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Jobs;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Customers;

/// <summary>Cross-department share with its 3-day reclaim run by the job engine, the customer pool with claim
/// approval, and the recycle bin.</summary>
public class ShareAndPoolTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Share_ApprovedByDivisionLeader_GrantsAccess_AndTheJobRevokesItAfterThreeDays()
    {
        var (shareId, customerId) = await RequestAndApproveShareAsync();
        Assert.Contains(customerId, (await app.WithScopeAsync(sp => sp.ScopeAsync("advisor2"))).SharedCustomerIds);
        var ownerNotices = await NoticesOfAsync("advisor");
        Assert.Contains(ownerNotices, n => n.Title == "跨部门客户共享提醒" && n.Body.Contains("[陈顾问] 发起了客户[张晓梅]的共享申请, 分管领导已审批通过, 系统将自动共享给TA!"));

        app.Clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        var status = await RunReclaimJobAsync(shareId);

        Assert.Equal(CustomerShareStatus.Revoked, status);
        Assert.DoesNotContain(customerId, (await app.WithScopeAsync(sp => sp.ScopeAsync("advisor2"))).SharedCustomerIds);
        const string revoked = "[陈顾问] 申请的客户[张晓梅], 由于超时未签约, 系统已自动收回!";
        Assert.Contains(await NoticesOfAsync("advisor2"), n => n.Title == "跨部门共享客户收回提醒" && n.Body.Contains(revoked));
        Assert.Contains(await NoticesOfAsync("advisor"), n => n.Title == "跨部门共享客户收回提醒" && n.Body.Contains(revoked));
    }

    [Fact]
    public async Task Share_WithAContractSignedInTime_IsKeptByTheJob()
    {
        var (shareId, customerId) = await RequestAndApproveShareAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            db.CustomerMilestones.Add(new CustomerMilestone(customerId, CustomerMilestoneKind.ContractSigned, "755XBJK26000001", app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        app.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1)));
        var status = await RunReclaimJobAsync(shareId);

        Assert.Equal(CustomerShareStatus.Kept, status);
        Assert.Contains(customerId, (await app.WithScopeAsync(sp => sp.ScopeAsync("advisor2"))).SharedCustomerIds);
    }

    [Fact]
    public async Task Share_ForACustomerAlreadyVisible_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => app.WithScopeAsync(async sp =>
            await sp.GetRequiredService<CustomerShareService>().RequestAsync(new ShareRequestInput(ShareType.Customer, "张晓梅", "13800138000", "测试"),
                await sp.RefAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None)));
        Assert.Equal("您已可以查看该客户，无需申请共享", error.Message);
    }

    [Fact]
    public async Task PoolClaim_FromAnotherGroup_NeedsTheFormerLeadersApproval()
    {
        var customerId = await CustomerIdAsync("王丽");
        await Pool(async (pool, sp) => await pool.ReleaseAsync([customerId], await sp.ScopeAsync("advisor"), CancellationToken.None));
        Assert.Equal(CustomerStatus.InPool, (await CustomerAsync(customerId)).Status);

        var claim = await Pool(async (pool, sp) =>
        {
            var me = await sp.RefAsync("advisor2");
            return await pool.AssignAsync([customerId], me, ["Advisor"], me.Id, direct: false, CancellationToken.None);
        });
        Assert.Equal((0, 1), (claim.Done, claim.PendingApproval));
        Assert.NotNull((await CustomerAsync(customerId)).PendingClaimId);

        var second = await Pool(async (pool, sp) =>
        {
            var other = await sp.RefAsync("advisor");
            return await pool.AssignAsync([customerId], other, ["Advisor"], other.Id, direct: false, CancellationToken.None);
        });
        Assert.Equal("客户“王丽”已有待审核的分配申请", Assert.Single(second.Refused));

        var requestId = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests
            .Where(r => r.BusinessType == ApprovalBusinessType.PoolClaim).Select(r => r.Id).SingleAsync());
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<ApprovalService>()
            .ApproveAsync(requestId, await sp.RefAsync("leader"), "同意", CancellationToken.None));

        var customer = await CustomerAsync(customerId);
        Assert.Equal(CustomerStatus.Active, customer.Status);
        Assert.Equal((await app.WithScopeAsync(sp => sp.RefAsync("advisor2"))).Id, customer.OwnerId);
        Assert.Equal(await app.WithScopeAsync(sp => sp.DepartmentOfAsync("advisor2")), customer.DepartmentId);
    }

    [Fact]
    public async Task PoolClaim_FromTheSameGroup_IsImmediate()
    {
        var customerId = await CustomerIdAsync("王丽");
        await Pool(async (pool, sp) => await pool.ReleaseAsync([customerId], await sp.ScopeAsync("advisor"), CancellationToken.None));

        var result = await Pool(async (pool, sp) =>
        {
            var me = await sp.RefAsync("advisor");
            return await pool.AssignAsync([customerId], me, ["Advisor"], me.Id, direct: false, CancellationToken.None);
        });

        Assert.Equal(1, result.Done);
        Assert.Equal(CustomerStatus.Active, (await CustomerAsync(customerId)).Status);
    }

    [Fact]
    public async Task Recycle_ThenRestore_ByTheDeleterOnly_AndRefusedWhenUsedByBusiness()
    {
        var customerId = await CustomerIdAsync("王丽");
        var deleted = await Pool(async (pool, sp) => await pool.RecycleAsync([customerId], await sp.RefAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None));
        Assert.Equal(1, deleted.Done);
        Assert.Equal(CustomerStatus.Recycled, (await CustomerAsync(customerId)).Status);

        var byOther = await Pool(async (pool, sp) => await pool.RestoreAsync([customerId], await sp.RefAsync("advisor2"), false, CancellationToken.None));
        Assert.Equal("客户“王丽”不是您删除的，不能恢复", Assert.Single(byOther.Refused));
        await Pool(async (pool, sp) => await pool.RestoreAsync([customerId], await sp.RefAsync("advisor"), false, CancellationToken.None));
        Assert.Equal(CustomerStatus.Active, (await CustomerAsync(customerId)).Status);

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            db.CustomerMilestones.Add(new CustomerMilestone(customerId, CustomerMilestoneKind.PaymentReceived, "HK202611001", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        var refused = await Pool(async (pool, sp) => await pool.RecycleAsync([customerId], await sp.RefAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None));
        Assert.Contains("已有业务记录", Assert.Single(refused.Refused));
        Assert.Equal(CustomerStatus.Active, (await CustomerAsync(customerId)).Status);
    }

    private async Task<(Guid ShareId, Guid CustomerId)> RequestAndApproveShareAsync()
    {
        var share = await app.WithScopeAsync(async sp => await sp.GetRequiredService<CustomerShareService>().RequestAsync(
            new ShareRequestInput(ShareType.Customer, "张晓梅", "13800138000", "客户在我方合作医院建档"),
            await sp.RefAsync("advisor2"), await sp.ScopeAsync("advisor2"), CancellationToken.None));
        Assert.StartsWith("K8MGX", share.Number);
        var request = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests.Include(r => r.Steps).ThenInclude(s => s.Assignees)
            .SingleAsync(r => r.SubjectId == share.Id));
        Assert.Equal("李分管", request.Steps.Single().Assignees.Single().StaffName);
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<ApprovalService>()
            .ApproveAsync(request.Id, await sp.RefAsync("division"), "同意", CancellationToken.None));
        return (share.Id, share.CustomerId);
    }

    /// <summary>Triggers the recurring job through Hangfire and waits until its server has run it.</summary>
    private async Task<CustomerShareStatus> RunReclaimJobAsync(Guid shareId)
    {
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(ShareReclaimJob.Id);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var status = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().CustomerShares.AsNoTracking()
                .Where(s => s.Id == shareId).Select(s => s.Status).SingleAsync());
            if (status != CustomerShareStatus.Active)
            {
                return status;
            }

            await Task.Delay(200);
        }

        // Say what Hangfire knows, so a timeout explains itself (not triggered, queued, failing …).
        var storage = app.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs([ShareReclaimJob.Id]).SingleOrDefault();
        var details = recurring?.LastJobId is { } lastJobId
            ? string.Join("; ", storage.GetMonitoringApi().JobDetails(lastJobId).History.Select(h => $"{h.StateName}: {h.Reason}"))
            : "no job created";
        throw new TimeoutException($"The reclaim job did not run within 30 s ({details}).");
    }

    private Task<List<(string Title, string Body)>> NoticesOfAsync(string userName) => app.WithScopeAsync(async sp =>
    {
        var me = await sp.RefAsync(userName);
        return (await sp.GetRequiredService<CellCrmDbContext>().Notifications.Where(n => n.RecipientId == me.Id).ToListAsync())
            .Select(n => (n.Title, n.Body)).ToList();
    });

    private Task<Guid> CustomerIdAsync(string name) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<Customer> CustomerAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.AsNoTracking().SingleAsync(c => c.Id == id));

    private Task<T> Pool<T>(Func<CustomerPoolService, IServiceProvider, Task<T>> action) =>
        app.WithScopeAsync(sp => action(sp.GetRequiredService<CustomerPoolService>(), sp));
}
