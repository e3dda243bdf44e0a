using CellCrm.Domain.Common;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Infrastructure.Tests.Messaging;

/// <summary>推送任务 on MariaDB: task and message in one transaction, the real-name rule, idempotent repeats.</summary>
public class TaskPushTests(OutboxFactory app) : IClassFixture<OutboxFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Push_SavesTaskAndQueuedMessage_AndAuditsTheTaskUnderTheCustomer()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var result = await app.PushAsync(zhang, CustomerTaskType.HealthSurvey, "请填写健康调查表");

        Assert.False(result.AlreadyPushed);
        var task = await app.DbAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync());
        Assert.Equal(result.TaskId, task.Id);
        Assert.Equal(CustomerTaskState.Pending, task.State);
        var message = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(task.Id, message.TaskId);
        Assert.Equal(OutboxState.Queued, message.State);
        Assert.Equal("请填写健康调查表", message.Fields[TemplateFields.Title]);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(CustomerTask) && a.RootId == zhang)));
    }

    [Fact]
    public async Task Push_SigningTaskToUnverifiedCustomer_IsRefused_AndNothingIsStored()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var e = await Assert.ThrowsAsync<DomainException>(() => app.PushAsync(zhang, CustomerTaskType.ContractSigning, "签署合同"));

        Assert.Equal("客户未实名，无法推送", e.Message);
        Assert.Equal(0, await app.DbAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Push_SameKeyTwiceAtOnce_CreatesOneTaskAndOneMessage()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var key = "push:" + Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(
            app.PushAsync(zhang, CustomerTaskType.Payment, "缴费", key),
            app.PushAsync(zhang, CustomerTaskType.Payment, "缴费", key));
        var again = await app.PushAsync(zhang, CustomerTaskType.Payment, "缴费", key);

        Assert.Single(results.Select(r => r.TaskId).Append(again.TaskId).Distinct());
        Assert.True(again.AlreadyPushed);
        Assert.Equal(1, await app.DbAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Equal(1, await app.DbAsync(db => db.OutboxMessages.CountAsync()));
    }
}
