using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Infrastructure.Tests.Messaging;

/// <summary>None lost, none sent twice (issue 4), through the real WeChat client against the fake server on MariaDB:
/// every send carries the outbox message's id as client_msg_id, a run killed mid-send leaves 发送中 on exactly the
/// wave in flight, the next run resends those under the same id and WeChat drops the repeats; runs claiming at the
/// same time take different messages.</summary>
public class OutboxExactlyOnceTests(WeChatOutboxFactory app) : IClassFixture<WeChatOutboxFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        app.Crash.Reset();
        app.Sms.Reset();
    }

    public ValueTask DisposeAsync()
    {
        Assert.Empty(app.WeChat.Violations);
        return ValueTask.CompletedTask;
    }

    private Task<int> SweepAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None));

    private Task<List<OutboxMessage>> MessagesAsync() =>
        app.DbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    private async Task<Guid> VerifiedCustomerAsync(string openId)
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, openId);
        return zhang;
    }

    private async Task PushAsync(Guid customer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await app.PushAsync(customer, CustomerTaskType.Reminder, $"请按时复诊 {i}");
        }
    }

    [Fact]
    public async Task Sweep_SendsEachMessagesIdAsClientMsgId()
    {
        var zhang = await VerifiedCustomerAsync("o-zhang-cmi");
        await PushAsync(zhang, 2);
        // Two pushes that read the same are still two messages with two ids.
        await app.PushAsync(zhang, CustomerTaskType.Reminder, "请按时复诊 1");
        var before = app.WeChat.Stats();

        await SweepAsync();

        var messages = await MessagesAsync();
        Assert.All(messages, m => Assert.Equal(OutboxState.Sent, m.State));
        var sent = app.WeChat.TemplateMessages.Where(b => b.GetProperty("touser").GetString() == "o-zhang-cmi").ToList();
        Assert.Equal(messages.Select(m => m.Id.ToString("N")).Order(), sent.Select(b => b.GetProperty("client_msg_id").GetString()).Order());
        var after = app.WeChat.Stats();
        Assert.Equal(3, after.Delivered - before.Delivered);
        Assert.Equal(0, after.RepeatsDropped - before.RepeatsDropped);
    }

    [Fact]
    public async Task Sweep_AfterARunDiedMidSend_ResendsOnlyTheWaveInFlight_AndWeChatDeliversEachOnce()
    {
        var zhang = await VerifiedCustomerAsync("o-zhang-kill");
        await PushAsync(zhang, WeChatOutboxFactory.BatchSize);
        var before = app.WeChat.Stats();
        app.Crash.CrashAfterSend = 1;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(SweepAsync);

        // The first wave reached WeChat, but the run died before recording it: 发送中 on exactly that wave, the rest of
        // the batch claimed but never sent.
        var died = await MessagesAsync();
        Assert.All(died, m => Assert.Equal(OutboxState.Queued, m.State));
        Assert.All(died, m => Assert.NotNull(m.ClaimedBy));
        Assert.Equal(WeChatOutboxFactory.SendParallelism, died.Count(m => m.SendingSince is not null));
        Assert.Equal(WeChatOutboxFactory.SendParallelism, app.WeChat.Stats().Delivered - before.Delivered);
        var inFlight = died.Where(m => m.SendingSince is not null).Select(m => m.Id).ToHashSet();

        // Another run waits for the dead run's lease, then delivers the batch.
        Assert.Equal(0, await SweepAsync());
        app.Clock.Advance(WeChatOutboxFactory.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(WeChatOutboxFactory.BatchSize, await SweepAsync());

        var done = await MessagesAsync();
        Assert.All(done, m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.All(done, m => Assert.Null(m.SendingSince));
        Assert.All(done, m => Assert.Equal(inFlight.Contains(m.Id) ? 1 : 0, m.InterruptedSends));
        var after = app.WeChat.Stats();
        Assert.Equal(WeChatOutboxFactory.BatchSize + WeChatOutboxFactory.SendParallelism, after.SendsReceived - before.SendsReceived);
        Assert.Equal(WeChatOutboxFactory.SendParallelism, after.RepeatsDropped - before.RepeatsDropped);
        Assert.Equal(WeChatOutboxFactory.BatchSize, after.Delivered - before.Delivered);
        var urls = app.WeChat.TemplateMessages.Where(b => b.GetProperty("touser").GetString() == "o-zhang-kill").Select(b => b.GetProperty("url").GetString()).ToList();
        Assert.Equal(WeChatOutboxFactory.BatchSize, urls.Distinct().Count());
        Assert.Equal(WeChatOutboxFactory.BatchSize, urls.Count);
    }

    [Fact]
    public async Task Claim_TwoWorkersAtOnce_TakeDifferentMessages()
    {
        var zhang = await VerifiedCustomerAsync("o-zhang-claim");
        await PushAsync(zhang, 2 * WeChatOutboxFactory.BatchSize);

        var claims = await Task.WhenAll(
            app.WithScopeAsync(sp => sp.GetRequiredService<OutboxClaims>().ClaimAsync(null, WeChatOutboxFactory.BatchSize, WeChatOutboxFactory.Lease, CancellationToken.None)),
            app.WithScopeAsync(sp => sp.GetRequiredService<OutboxClaims>().ClaimAsync(null, WeChatOutboxFactory.BatchSize, WeChatOutboxFactory.Lease, CancellationToken.None)));

        // Neither waits for nor steals the other's rows: each gets a full batch, and no message is in both.
        Assert.All(claims, c => Assert.Equal(WeChatOutboxFactory.BatchSize, c.Count));
        Assert.Empty(claims[0].Select(m => m.Id).Intersect(claims[1].Select(m => m.Id)));
        Assert.Single(claims[0].Select(m => m.ClaimedBy).Distinct());
        Assert.NotEqual(claims[0][0].ClaimedBy, claims[1][0].ClaimedBy);
        // Nothing is left to a third claim until the leases run out.
        Assert.Empty(await app.WithScopeAsync(sp => sp.GetRequiredService<OutboxClaims>().ClaimAsync(null, 100, WeChatOutboxFactory.Lease, CancellationToken.None)));
    }

    [Fact]
    public async Task Sweep_TwoWorkersDrainingTogether_SendEveryMessageExactlyOnce()
    {
        var zhang = await VerifiedCustomerAsync("o-zhang-two");
        const int count = 60;
        await PushAsync(zhang, count);
        var before = app.WeChat.Stats();

        var handled = await Task.WhenAll(SweepAsync(), SweepAsync());

        Assert.Equal(count, handled.Sum());
        Assert.All(handled, h => Assert.True(h > 0, "both workers took part"));
        var after = app.WeChat.Stats();
        // Not even a repeat for WeChat to drop: each message was sent by one worker, once.
        Assert.Equal(count, after.SendsReceived - before.SendsReceived);
        Assert.Equal(count, after.Delivered - before.Delivered);
        Assert.Equal(0, after.RepeatsDropped - before.RepeatsDropped);
        Assert.Equal(count, (await MessagesAsync()).Count(m => m.State == OutboxState.Sent && m.InterruptedSends == 0));
    }

    [Fact]
    public async Task Sweep_SmsFallback_CarriesTheMessagesIdAsIdempotencyKey()
    {
        var wang = await app.CustomerIdAsync(WangMobile);
        await app.PushAsync(wang, CustomerTaskType.Reminder, "请按时复诊");

        await SweepAsync();

        var message = Assert.Single(await MessagesAsync());
        Assert.Equal(OutboxState.FellBackToSms, message.State);
        Assert.Equal(message.Id.ToString("N"), Assert.Single(app.Sms.Calls).IdempotencyKey);
    }
}
