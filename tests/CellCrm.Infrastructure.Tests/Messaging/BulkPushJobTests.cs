using CellCrm.Domain.Customers;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Tasks;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Infrastructure.Tests.Messaging;

/// <summary>批量推送 as the job runs it: the staff member's scope, the real-name rule per customer, progress, and a
/// retried run that pushes nobody twice.</summary>
public class BulkPushJobTests(OutboxFactory app) : IClassFixture<OutboxFactory>, IAsyncLifetime
{
    private const string Tag = "十一月活动";

    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<Guid> StartRunAsync(string userName, CustomerTaskType type) => await app.WithScopeAsync(async sp =>
    {
        var staff = await sp.RefAsync(userName);
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var run = new BulkPushRun(Tag, new NewTask(type, "请签署补充协议", null), staff.Id, staff.Name, DateTimeOffset.UtcNow);
        db.BulkPushRuns.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    });

    private Task RunJobAsync(Guid runId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<BulkPushJob>().RunAsync(runId, CancellationToken.None));

    [Fact]
    public async Task Run_PushesToTaggedCustomersInScope_SkipsUnverifiedForSigning_AndReportsProgress()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        foreach (var mobile in new[] { ZhangMobile, LiMobile, WangMobile, LiuMobile })
        {
            await app.SetTagsAsync(await app.CustomerIdAsync(mobile), Tag);
        }

        await app.VerifyAsync(zhang, "o-zhang");
        var runId = await StartRunAsync("advisor", CustomerTaskType.ContractSigning);

        await RunJobAsync(runId);

        var run = await app.DbAsync(db => db.BulkPushRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        Assert.Equal(BulkPushState.Completed, run.State);
        // 刘强 belongs to advisor2: outside advisor's scope, not counted at all.
        Assert.Equal(3, run.Total);
        Assert.Equal(1, run.Pushed);
        Assert.Equal(2, run.Skipped);
        Assert.Equal(100, run.Percent);
        var task = await app.DbAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync());
        Assert.Equal(zhang, task.CustomerId);
        Assert.Equal(1, await app.DbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Run_OverSeveralProgressSteps_PushesEveryoneOnce_AndKeepsCounting()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var advisor = await db.Customers.Where(c => c.Id == zhang).Select(c => new { c.OwnerId, c.DepartmentId }).SingleAsync();
            for (var i = 0; i < 45; i++)
            {
                var customer = new Customer(new CustomerProfile { Name = $"批量客户{i}", Mobile = $"1350000{i:D4}" }, advisor.OwnerId, advisor.DepartmentId,
                    Guid.NewGuid(), DateTimeOffset.UtcNow);
                customer.SetTags([Tag]);
                db.Customers.Add(customer);
            }

            await db.SaveChangesAsync();
        });
        var runId = await StartRunAsync("advisor", CustomerTaskType.Reminder);

        await RunJobAsync(runId);

        var run = await app.DbAsync(db => db.BulkPushRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        Assert.Equal(BulkPushState.Completed, run.State);
        Assert.Equal(45, run.Total);
        Assert.Equal(45, run.Pushed);
        Assert.Equal(45, await app.DbAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Equal(45, await app.DbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Run_RetriedAfterwards_PushesNobodyTwice()
    {
        foreach (var mobile in new[] { ZhangMobile, LiMobile, WangMobile })
        {
            await app.SetTagsAsync(await app.CustomerIdAsync(mobile), Tag);
        }

        var runId = await StartRunAsync("advisor", CustomerTaskType.Reminder);

        await RunJobAsync(runId);
        await RunJobAsync(runId);

        Assert.Equal(3, await app.DbAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Equal(3, await app.DbAsync(db => db.OutboxMessages.CountAsync()));
        var run = await app.DbAsync(db => db.BulkPushRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        Assert.Equal(3, run.Pushed);
        Assert.Equal(BulkPushState.Completed, run.State);
    }
}
