using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Infrastructure.Tests.Messaging;

/// <summary>Delivery of pushed messages on MariaDB: retries, fallback to SMS and the portal inbox, and exactly-once
/// delivery when several nodes sweep at the same time.</summary>
public class OutboxDeliveryTests(OutboxFactory app) : IClassFixture<OutboxFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        app.Templates.Reset();
        app.Sms.Reset();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<int> SweepAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None));

    private Task<OutboxMessage> MessageOfAsync(Guid taskId) =>
        app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.TaskId == taskId));

    [Fact]
    public async Task Sweep_AfterTransientOutage_RetriesWithBackoff_AndSendsOnce()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, "o-zhang");
        app.Templates.Behaviour = (m, call) => call <= 2
            ? new TemplateSendResult(TemplateSendOutcome.TransientFailure, null, "系统繁忙")
            : RecordingTemplateSender.Sent(m, call);
        var task = (await app.PushAsync(zhang, CustomerTaskType.ContractSigning, "请签署细胞储存合同")).TaskId;

        await SweepAsync();
        var first = await MessageOfAsync(task);
        Assert.Equal(OutboxState.Queued, first.State);
        Assert.Equal(1, first.Attempts);
        Assert.Equal("系统繁忙", first.LastError);

        // Not due yet: the outage lasts and nothing is tried meanwhile.
        await SweepAsync();
        Assert.Single(app.Templates.Calls);

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await SweepAsync();
        var second = await MessageOfAsync(task);
        Assert.Equal(2, second.Attempts);
        Assert.True(second.NextAttemptAt - app.Clock.GetUtcNow() > TimeSpan.FromSeconds(50), "the second retry waits twice as long");

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await SweepAsync();
        await SweepAsync();

        var sent = await MessageOfAsync(task);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal("wx-3", sent.ProviderMessageId);
        Assert.Equal(3, sent.Attempts);
        Assert.Equal(3, app.Templates.Calls.Count);
        var delivered = Assert.Single(app.Templates.Delivered);
        Assert.Equal("o-zhang", delivered.OpenId);
        Assert.Equal(TemplateKeys.SigningReminder, delivered.TemplateKey);
        Assert.Equal($"https://portal.test/Tasks/{task}", delivered.Url);
        Assert.Equal("请签署细胞储存合同", delivered.Fields[TemplateFields.Title]);
    }

    [Fact]
    public async Task Sweep_TransientEveryTime_FailsWithReasonAfterMaxAttempts()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, "o-zhang");
        app.Templates.Behaviour = (_, _) => new TemplateSendResult(TemplateSendOutcome.TransientFailure, null, "45009 接口调用超过限额");
        var task = (await app.PushAsync(zhang, CustomerTaskType.Payment, "首期款缴费")).TaskId;

        for (var i = 0; i < 6; i++)
        {
            await SweepAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var message = await MessageOfAsync(task);
        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal(4, message.Attempts);
        Assert.Equal(4, app.Templates.Calls.Count);
        Assert.Equal("已重试4次仍未成功：45009 接口调用超过限额", message.LastError);
        Assert.Empty(app.Sms.Calls);
    }

    [Fact]
    public async Task Sweep_RecipientUnreachable_FallsBackToSmsAndPortalInbox()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, "o-zhang");
        app.Templates.Behaviour = (_, _) => new TemplateSendResult(TemplateSendOutcome.RecipientUnreachable, null, "43004 用户未关注公众号");
        var task = (await app.PushAsync(zhang, CustomerTaskType.ExamChecklist, "请查看体检清单")).TaskId;

        await SweepAsync();
        await SweepAsync();

        var message = await MessageOfAsync(task);
        Assert.Equal(OutboxState.FellBackToSms, message.State);
        Assert.Equal(OutboxChannel.Sms, message.Channel);
        Assert.Equal("43004 用户未关注公众号", message.LastError);
        Assert.Single(app.Templates.Calls);
        var sms = Assert.Single(app.Sms.Calls);
        Assert.Equal(ZhangMobile, sms.Mobile);
        Assert.Equal(TemplateKeys.ExamReminder, sms.TemplateKey);
        Assert.Equal($"https://portal.test/Tasks/{task}", sms.Parameters["url"]);
        var inbox = await app.DbAsync(db => db.PortalMessages.AsNoTracking().SingleAsync());
        Assert.Equal(zhang, inbox.CustomerId);
        Assert.Equal("体检清单：请查看体检清单", inbox.Title);
        Assert.Equal($"/Tasks/{task}", inbox.Url);
    }

    [Fact]
    public async Task Sweep_CustomerWithoutOpenId_GoesStraightToSms()
    {
        var wang = await app.CustomerIdAsync(WangMobile);
        var task = (await app.PushAsync(wang, CustomerTaskType.HealthSurvey, "请填写健康调查表")).TaskId;

        await SweepAsync();

        Assert.Empty(app.Templates.Calls);
        Assert.Equal(WangMobile, Assert.Single(app.Sms.Calls).Mobile);
        var message = await MessageOfAsync(task);
        Assert.Equal(OutboxState.FellBackToSms, message.State);
        Assert.Equal("客户未绑定微信", message.LastError);
        Assert.Equal(1, await app.DbAsync(db => db.PortalMessages.CountAsync(m => m.CustomerId == wang)));
    }

    [Fact]
    public async Task Sweep_SmsTransientFailure_RetriesTheSmsNotTheTemplate_AndKeepsOneInboxEntry()
    {
        var wang = await app.CustomerIdAsync(WangMobile);
        var calls = 0;
        app.Sms.Behaviour = _ => ++calls == 1 ? new SmsSendResult(false, true, "网关超时") : new SmsSendResult(true, false, null);
        var task = (await app.PushAsync(wang, CustomerTaskType.Reminder, "请按时复诊")).TaskId;

        await SweepAsync();
        var waiting = await MessageOfAsync(task);
        Assert.Equal(OutboxState.Queued, waiting.State);
        Assert.Equal("短信发送失败：网关超时", waiting.LastError);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await SweepAsync();

        Assert.Equal(OutboxState.FellBackToSms, (await MessageOfAsync(task)).State);
        Assert.Equal(2, app.Sms.Calls.Count);
        Assert.Equal(1, await app.DbAsync(db => db.PortalMessages.CountAsync()));
    }

    [Fact]
    public async Task Sweep_PermanentFailure_IsFailedWithReason_AndNotRetried()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, "o-zhang");
        app.Templates.Behaviour = (_, _) => new TemplateSendResult(TemplateSendOutcome.PermanentFailure, null, "40037 模板ID无效");
        var task = (await app.PushAsync(zhang, CustomerTaskType.Payment, "缴费通知")).TaskId;

        await SweepAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await SweepAsync();

        var message = await MessageOfAsync(task);
        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal("失败（40037 模板ID无效）", OutboxLabels.Describe(message.State, message.LastError));
        Assert.Single(app.Templates.Calls);
    }

    [Fact]
    public async Task Sweep_TwoNodesAtOnce_DeliverEachMessageExactlyOnce()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var li = await app.CustomerIdAsync(LiMobile);
        await app.VerifyAsync(zhang, "o-zhang");
        await app.VerifyAsync(li, "o-li");
        const int count = 60;
        for (var i = 0; i < count; i++)
        {
            await app.PushAsync(i % 2 == 0 ? zhang : li, CustomerTaskType.Reminder, $"提醒 {i}");
        }

        app.Templates.Latency = TimeSpan.FromMilliseconds(5);

        var handled = await Task.WhenAll(SweepAsync(), SweepAsync(), SweepAsync());

        Assert.Equal(count, handled.Sum());
        Assert.Equal(count, app.Templates.Calls.Count);
        Assert.Equal(count, app.Templates.Calls.Select(c => c.Url).Distinct().Count());
        Assert.Equal(count, await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent && m.ProviderMessageId != null)));
    }

    [Fact]
    public async Task Deliver_MessageAlreadySent_SendsNothing()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, "o-zhang");
        var task = (await app.PushAsync(zhang, CustomerTaskType.Reminder, "提醒")).TaskId;
        var id = (await MessageOfAsync(task)).Id;

        await app.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DeliverAsync(id, CancellationToken.None));
        await app.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DeliverAsync(id, CancellationToken.None));
        await SweepAsync();

        Assert.Single(app.Templates.Calls);
        Assert.Equal(OutboxState.Sent, (await MessageOfAsync(task)).State);
    }
}
