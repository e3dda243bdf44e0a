// Outbox delivery benchmark (issue 4): N pushes delivered by a worker process with several concurrent sweeps (as
// several nodes would) through the real WeChat template-message client to the fake WeChat server (the one the tests
// use) in another process; bench/outbox.sh kills the worker mid-run with SIGKILL, starts it again and counts what
// the fake received, delivered and dropped as a repeat of an openid + client_msg_id.
// Modes (see bench/outbox.sh):
//   wechat PORT               the fake WeChat server; GET /fake/stats answers its counts as JSON
//   generate COUNT            COUNT pushes (task + outbox message each) for a verified customer
//   drain NODES WECHAT_URL    sweeps until no message is waiting, printing progress and where the time went
//   report COUNT WECHAT_URL   received / delivered / lost / repeats dropped, from the fake and the database
using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing.Fakes.WeChat;
using Microsoft.EntityFrameworkCore;
using OutboxBench;

switch (args.ElementAtOrDefault(0))
{
    case "wechat":
        await using (var weChat = await FakeWeChatServer.StartAsync(int.Parse(args[1])))
        {
            // Runs until outbox.sh ends it (SIGTERM) or Ctrl+C; the fake's own host only stops its listener on them.
            var stop = new TaskCompletionSource();
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => stop.TrySetResult());
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => stop.TrySetResult());
            Console.WriteLine(weChat.BaseUrl);
            await stop.Task;
        }

        break;
    case "generate":
        await GenerateAsync(int.Parse(args[1]));
        break;
    case "drain":
        await DrainAsync(int.Parse(args[1]), args[2]);
        break;
    case "report":
        await ReportAsync(int.Parse(args[1]), args[2]);
        break;
    default:
        Console.Error.WriteLine("usage: wechat PORT | generate COUNT | drain NODES WECHAT_URL | report COUNT WECHAT_URL");
        return 2;
}

return 0;

static IHost BuildHost(string? weChatUrl, Meters? meters = null)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Configuration["Jobs:RunServer"] = "false";
    if (weChatUrl is not null)
    {
        builder.Configuration["WeChat:AppId"] = FakeWeChatServer.AppId;
        builder.Configuration["WeChat:AppSecret"] = FakeWeChatServer.AppSecret;
        builder.Configuration["WeChat:BaseUrl"] = weChatUrl;
        builder.Configuration[$"WeChat:Templates:{TemplateKeys.ServiceProgress}:TemplateId"] = "tmpl-progress-bench";
        builder.Configuration[$"WeChat:Templates:{TemplateKeys.ServiceProgress}:Fields:{TemplateFields.Title}"] = "thing1";
        builder.Configuration[$"WeChat:Templates:{TemplateKeys.ServiceProgress}:Fields:{TemplateFields.Type}"] = "thing2";
    }

    builder.AddInfrastructure();
    if (meters is not null)
    {
        builder.Services.AddSingleton(meters);
        builder.Services.AddTransient<HttpMeter>();
        builder.Services.AddHttpClient<WeChatApiClient>().AddHttpMessageHandler<HttpMeter>();
        builder.Services.ConfigureDbContext<MySqlCellCrmDbContext>(o => o.AddInterceptors(new DbMeter(meters)));
    }

    builder.Services.AddSingleton<IOutboxSignal, NoSignal>();
    return builder.Build();
}

static async Task GenerateAsync(int count)
{
    using var host = BuildHost(null);
    using var scope = host.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
    await db.Database.MigrateAsync();
    var customer = new Customer(new CustomerProfile { Name = "压测客户", Mobile = "13900000000" }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
    customer.CompleteRealNameVerification("o-bench", DateTimeOffset.UtcNow);
    db.Customers.Add(customer);
    await db.SaveChangesAsync();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var pushed = CustomerTask.Push(customer, new NewTask(CustomerTaskType.Reminder, $"压测提醒 {i}", null), null, "压测", $"bench:{i}", DateTimeOffset.UtcNow);
        db.CustomerTasks.Add(pushed.Task);
        db.OutboxMessages.Add(pushed.Message);
        if (i % 500 == 499)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    await db.SaveChangesAsync();
    Console.WriteLine($"generated {count} pushes in {clock.Elapsed.TotalSeconds:0.0} s");
}

static async Task DrainAsync(int nodes, string weChatUrl)
{
    var meters = new Meters();
    using var host = BuildHost(weChatUrl, meters);
    var clock = Stopwatch.StartNew();
    var handled = 0;
    while (true)
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, nodes).Select(async _ =>
        {
            using var scope = host.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None);
        }));
        handled += counts.Sum();
        using var check = host.Services.CreateScope();
        var waiting = await check.ServiceProvider.GetRequiredService<CellCrmDbContext>().OutboxMessages
            .CountAsync(m => m.State == OutboxState.Queued);
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: handled {handled}, waiting {waiting}");
        if (waiting == 0)
        {
            break;
        }

        if (counts.Sum() == 0)
        {
            // Messages still leased by a worker that died: wait for the lease to run out.
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    Console.WriteLine($"drained {handled} in {clock.Elapsed.TotalSeconds:0.0} s: {handled / clock.Elapsed.TotalSeconds:0} messages/s; " +
        $"cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.00} s; {meters.Describe(handled)}");
}

static async Task ReportAsync(int count, string weChatUrl)
{
    using var http = new HttpClient { BaseAddress = new Uri(weChatUrl) };
    var stats = (await http.GetFromJsonAsync<TemplateStats>(FakeWeChatServer.StatsPath))!;
    using var host = BuildHost(null);
    using var scope = host.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
    var sent = await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent);
    var interrupted = await db.OutboxMessages.SumAsync(m => m.InterruptedSends);
    Console.WriteLine($"sends received {stats.SendsReceived}, delivered {stats.Delivered} of {count}, lost {count - stats.DistinctUrls}, " +
        $"repeated sends dropped by client_msg_id {stats.RepeatsDropped}, delivered twice {stats.Delivered - stats.DistinctUrls}; " +
        $"database: marked 已发送 {sent}, sends resumed after 发送中 {interrupted}");
}

namespace OutboxBench
{
    /// <summary>The bench drives the sweeps itself; no job engine.</summary>
    internal sealed class NoSignal : IOutboxSignal
    {
        public void Queued(Guid messageId)
        {
        }

        public void RetryAt(Guid messageId, DateTimeOffset at)
        {
        }
    }
}
