// Outbox delivery benchmark (issue 4): N pushes delivered by a worker process with several concurrent sweeps (as
// several nodes would) to a local stand-in for WeChat's template-message endpoint; bench/outbox.sh kills the worker
// mid-run with SIGKILL, starts it again and counts what reached the stand-in.
// Modes (see bench/outbox.sh):
//   sink PORT                 the stand-in: counts each message (by its deep link), GET /stats answers "distinct total"
//   generate COUNT            COUNT pushes (task + outbox message each) for a verified customer
//   drain NODES SINK_URL      sweeps until no message is waiting, printing progress
//   report COUNT SINK_URL     delivered / lost / repeated, from the stand-in and the database
using System.Collections.Concurrent;
using System.Diagnostics;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using OutboxBench;

switch (args.ElementAtOrDefault(0))
{
    case "sink":
        await RunSinkAsync(int.Parse(args[1]));
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
        Console.Error.WriteLine("usage: sink PORT | generate COUNT | drain NODES SINK_URL | report COUNT SINK_URL");
        return 2;
}

return 0;

static async Task RunSinkAsync(int port)
{
    var received = new ConcurrentDictionary<string, int>();
    var builder = WebApplication.CreateSlimBuilder();
    builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
    builder.Logging.ClearProviders();
    var sink = builder.Build();
    sink.MapPost("/cgi-bin/message/template/send", async (HttpRequest request) =>
    {
        var body = await request.ReadFromJsonAsync<Dictionary<string, string>>();
        received.AddOrUpdate(body!["url"], 1, (_, n) => n + 1);
        return Results.Text(Guid.NewGuid().ToString("N"));
    });
    sink.MapGet("/stats", () => Results.Text($"{received.Count} {received.Values.Sum()}"));
    await sink.RunAsync();
}

static IHost BuildHost(string? sinkUrl)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Configuration["Jobs:RunServer"] = "false";
    builder.Configuration["Outbox:BatchSize"] ??= "100";
    builder.AddInfrastructure();
    if (sinkUrl is not null)
    {
        builder.Services.AddHttpClient<ITemplateMessageSender, HttpSinkTemplateSender>(c => c.BaseAddress = new Uri(sinkUrl));
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

static async Task DrainAsync(int nodes, string sinkUrl)
{
    using var host = BuildHost(sinkUrl);
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
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    Console.WriteLine($"drained in {clock.Elapsed.TotalSeconds:0.0} s: {handled / clock.Elapsed.TotalSeconds:0} messages/s");
}

static async Task ReportAsync(int count, string sinkUrl)
{
    using var http = new HttpClient { BaseAddress = new Uri(sinkUrl) };
    var stats = (await http.GetStringAsync("/stats")).Split(' ').Select(int.Parse).ToArray();
    using var host = BuildHost(null);
    using var scope = host.Services.CreateScope();
    var sent = await scope.ServiceProvider.GetRequiredService<CellCrmDbContext>().OutboxMessages.CountAsync(m => m.State == OutboxState.Sent);
    Console.WriteLine($"delivered {stats[0]} of {count}, lost {count - stats[0]}, repeated sends {stats[1] - stats[0]}, marked sent {sent}");
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
