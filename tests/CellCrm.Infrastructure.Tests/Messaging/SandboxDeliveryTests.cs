using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Messaging.Sandbox;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Infrastructure.Tests.Messaging;

/// <summary>The app as configured without WeChat and SMS: the push enqueues the delivery job after its commit, the
/// job server (Hangfire on Redis) runs it, and the sandbox senders record what was "sent".</summary>
public class SandboxDeliveryTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Push_IsDeliveredByTheJob_ThroughTheSandboxSenders()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var wang = await app.CustomerIdAsync(WangMobile);
        await app.VerifyAsync(zhang, "o-zhang-sandbox");

        var toZhang = (await app.PushAsync(zhang, CustomerTaskType.ContractSigning, "请签署细胞储存合同")).TaskId;
        var toWang = (await app.PushAsync(wang, CustomerTaskType.ExamChecklist, "请查看体检清单")).TaskId;

        var states = await WaitForAsync(async () =>
        {
            var s = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().Select(m => new { m.TaskId, m.State }).ToListAsync());
            return s.All(m => m.State != OutboxState.Queued) ? s : null;
        });
        Assert.Equal(OutboxState.Sent, states.Single(s => s.TaskId == toZhang).State);
        Assert.Equal(OutboxState.FellBackToSms, states.Single(s => s.TaskId == toWang).State);
        var sandbox = await app.DbAsync(db => db.SandboxMessages.AsNoTracking().OrderBy(m => m.Channel).ToListAsync());
        Assert.Equal(2, sandbox.Count);
        var template = Assert.Single(sandbox, m => m.Channel == SandboxTemplateMessageSender.Channel);
        Assert.Equal("o-zhang-sandbox", template.Recipient);
        Assert.Equal($"/Tasks/{toZhang}", template.Url);
        var sms = Assert.Single(sandbox, m => m.Channel == SandboxSmsSender.Channel);
        Assert.Equal("136****1111", sms.Recipient);
        Assert.Equal($"/Tasks/{toWang}", sms.Url);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The outbox was not delivered within 60 s.");
    }
}
