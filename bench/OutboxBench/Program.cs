// Outbox throughput: N pushed messages drained by several concurrent sweeps (as several nodes would) into a local
// HTTP sink that counts each deep link; prints messages/s and delivered / lost / duplicated.
// Usage (see bench/outbox.sh): dotnet run -- [count] [nodes]
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

var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var nodes = args.Length > 1 ? int.Parse(args[1]) : 4;

// The sink: a fake WeChat endpoint on loopback counting each message's deep link.
var received = new ConcurrentDictionary<string, int>();
var sinkBuilder = WebApplication.CreateSlimBuilder();
sinkBuilder.WebHost.UseUrls("http://127.0.0.1:0");
sinkBuilder.Logging.ClearProviders();
var sink = sinkBuilder.Build();
sink.MapPost("/cgi-bin/message/template/send", async (HttpRequest request) =>
{
    var body = await request.ReadFromJsonAsync<Dictionary<string, string>>();
    received.AddOrUpdate(body!["url"], 1, (_, n) => n + 1);
    return Results.Text(Guid.NewGuid().ToString("N"));
});
await sink.StartAsync();
var sinkUrl = sink.Urls.First();

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration["Jobs:RunServer"] = "false";
builder.Configuration["Outbox:BatchSize"] = "100";
builder.AddInfrastructure();
builder.Services.AddHttpClient<ITemplateMessageSender, HttpSinkTemplateSender>(c => c.BaseAddress = new Uri(sinkUrl));
builder.Services.AddSingleton<IOutboxSignal, NoSignal>();
using var host = builder.Build();

using (var scope = host.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
    await db.Database.MigrateAsync();
    var customer = new Customer(new CustomerProfile { Name = "压测客户", Mobile = "13900000000" }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
    customer.CompleteRealNameVerification("o-bench", DateTimeOffset.UtcNow);
    db.Customers.Add(customer);
    await db.SaveChangesAsync();
    var generate = Stopwatch.StartNew();
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
    Console.WriteLine($"generated {count} pushes in {generate.Elapsed.TotalSeconds:0.0} s");
}

var drain = Stopwatch.StartNew();
var handled = await Task.WhenAll(Enumerable.Range(0, nodes).Select(async _ =>
{
    using var scope = host.Services.CreateScope();
    return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None);
}));
drain.Stop();

using (var scope = host.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
    var sent = await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent);
    var duplicated = received.Values.Sum(n => n - 1);
    Console.WriteLine($"drained by {nodes} concurrent sweeps in {drain.Elapsed.TotalSeconds:0.0} s: {handled.Sum() / drain.Elapsed.TotalSeconds:0} messages/s");
    Console.WriteLine($"delivered {received.Count}, marked sent {sent}, lost {count - received.Count}, duplicated {duplicated}");
}

await sink.StopAsync();

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
