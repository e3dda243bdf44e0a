// Notify-storm benchmark (issue 7): ORDERS payment links, each with a JSAPI order placed in the payment sandbox
// (shared with the portal through WeChatPay:SandboxPath), then every order's TRANSACTION.SUCCESS notify — signed with
// the sandbox's WeChat Pay key and encrypted with its APIv3 key, exactly as WeChat Pay sends it — delivered COPIES
// times at once to the portal's notify endpoint. bench/payment-notify.sh runs it; modes:
//   seed ORDERS FILE                  migrate, make the links and orders, write the built notifies to FILE (and
//                                     FILE.warm: 20 more orders to warm the portal up)
//   storm FILE URL COPIES CONCURRENCY POST every notify COPIES times at once, CONCURRENCY requests in flight
//   profile FILE                      in-process, one at a time: where a notify's time goes (RSA verify, AES-GCM
//                                     decrypt, the whole parse, the first credit, a duplicate on this node and on
//                                     a node that has not seen it) and the SQL statements each credit sends
//   report ORDERS                     payments recorded, double credits, links paid
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.WeChatPay.Sandbox;
using Microsoft.EntityFrameworkCore;

switch (args.ElementAtOrDefault(0))
{
    case "seed":
        await SeedAsync(int.Parse(args[1]), args[2]);
        break;
    case "storm":
        await StormAsync(args[1], args[2], int.Parse(args[3]), int.Parse(args[4]));
        break;
    case "profile":
        await ProfileAsync(args[1]);
        break;
    case "report":
        await ReportAsync(int.Parse(args[1]));
        break;
    default:
        Console.Error.WriteLine("usage: seed ORDERS FILE | storm FILE URL COPIES CONCURRENCY | profile FILE | report ORDERS");
        return 2;
}

return 0;

static IHost BuildHost()
{
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Configuration["Jobs:RunServer"] = "false";
    builder.AddInfrastructure();
    return builder.Build();
}

static async Task SeedAsync(int orders, string file)
{
    using var host = BuildHost();
    using var scope = host.Services.CreateScope();
    var services = scope.ServiceProvider;
    var db = services.GetRequiredService<CellCrmDbContext>();
    var gateway = services.GetRequiredService<IPaymentGateway>();
    var builder = services.GetRequiredService<SandboxNotifyBuilder>();
    await db.Database.MigrateAsync();
    var customer = new Customer(new CustomerProfile { Name = "压测客户", Mobile = "13900000001" }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
    db.Customers.Add(customer);
    await db.SaveChangesAsync();

    var clock = Stopwatch.StartNew();
    var notifies = new List<SandboxNotify>();
    for (var i = 0; i < orders + WarmUp + Profiled; i++)
    {
        var now = DateTimeOffset.UtcNow;
        var link = PaymentLink.Send(customer.Id, 10_000 + i, $"压测合同{i:0000}", null, null, null, "压测", now);
        var attempt = link.StartAttempt(Guid.CreateVersion7().ToString("N"), now);
        var prepay = await gateway.CreateJsapiOrderAsync(new JsapiOrder(attempt.OutTradeNo, "缴费：" + link.Reason, link.AmountFen, "o-bench", now.AddHours(2), link.Id.ToString("N")), CancellationToken.None);
        link.RecordPrepay(attempt.OutTradeNo, prepay.Value.PrepayId, prepay.Value.ValidUntil);
        db.PaymentLinks.Add(link);
        notifies.Add(builder.PayAndBuildNotify(attempt.OutTradeNo) ?? throw new InvalidOperationException("sandbox lost the order"));
    }

    await db.SaveChangesAsync();
    // The first WarmUp orders warm the portal up (JIT, connection pool) before the measured storm.
    await File.WriteAllTextAsync(file + ".warm", JsonSerializer.Serialize(notifies.Take(WarmUp)));
    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(notifies.Skip(WarmUp).Take(orders)));
    // The last Profiled orders are credited in-process by "profile", one at a time.
    await File.WriteAllTextAsync(file + ".profile", JsonSerializer.Serialize(notifies.Skip(WarmUp + orders)));
    Console.WriteLine($"seeded {orders} links with paid sandbox orders in {clock.Elapsed.TotalSeconds:0.0} s");
}

static async Task StormAsync(string file, string url, int copies, int concurrency)
{
    var notifies = JsonSerializer.Deserialize<List<SandboxNotify>>(await File.ReadAllTextAsync(file))!;
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };
    var gate = new SemaphoreSlim(concurrency);
    var statuses = new Dictionary<int, int>();
    var latencies = new List<double>();
    var sync = new Lock();

    async Task SendAsync(SandboxNotify notify)
    {
        await gate.WaitAsync();
        var watch = Stopwatch.StartNew();
        int status;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(notify.Body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in notify.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await http.SendAsync(request);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }
        finally
        {
            gate.Release();
        }

        lock (sync)
        {
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    var clock = Stopwatch.StartNew();
    // Each notify's copies start together (WeChat Pay's retries and duplicates racing each other); the orders follow
    // one another as fast as the concurrency allows.
    await Task.WhenAll(notifies.Select(n => Task.WhenAll(Enumerable.Range(0, copies).Select(_ => SendAsync(n)))));
    var seconds = clock.Elapsed.TotalSeconds;
    latencies.Sort();
    var total = notifies.Count * copies;
    Console.WriteLine($"{total} notifies ({notifies.Count} orders x {copies}) in {seconds:0.00} s: {total / seconds:0} notifies/s, " +
        $"p50 {latencies[latencies.Count / 2]:0.0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.0} ms, " +
        "answers " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no answer" : ((HttpStatusCode)s.Key).ToString())}={s.Value}")));
}

static async Task ProfileAsync(string file)
{
    var notifies = JsonSerializer.Deserialize<List<SandboxNotify>>(await File.ReadAllTextAsync(file))!;
    using var host = BuildHost();
    var services = host.Services;
    var gateway = services.GetRequiredService<IPaymentGateway>();
    var credentials = services.GetRequiredService<SandboxWeChatPay>().Credentials;
    var platformKey = credentials.PlatformKeys.Values.Single();
    const int rounds = 200;

    double MicrosEach(Action<SandboxNotify> action)
    {
        foreach (var n in notifies)
        {
            action(n); // warm
        }

        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var n in notifies)
            {
                action(n);
            }
        }

        return watch.Elapsed.TotalMicroseconds / (rounds * notifies.Count);
    }

    var rsa = MicrosEach(n => _ = platformKey.VerifyData(Encoding.UTF8.GetBytes($"{n.Timestamp}\n{n.Nonce}\n{n.Body}\n"),
        Convert.FromBase64String(n.Signature), System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1));
    var aes = MicrosEach(n =>
    {
        var resource = JsonDocument.Parse(n.Body).RootElement.GetProperty("resource");
        _ = CellCrm.Infrastructure.WeChatPay.WeChatPayAead.Decrypt(credentials.ApiV3Key, resource.GetProperty("nonce").GetString()!,
            resource.GetProperty("associated_data").GetString(), resource.GetProperty("ciphertext").GetString()!);
    });
    var verifier = new CellCrm.Infrastructure.WeChatPay.WeChatPayVerifier(credentials, TimeProvider.System);
    var parseFirst = MicrosEach(n => _ = new CellCrm.Infrastructure.WeChatPay.WeChatPayNotifyParser(credentials, verifier).Parse(n.ToRequest()));
    var shared = new CellCrm.Infrastructure.WeChatPay.WeChatPayNotifyParser(credentials, verifier);
    var parseRepeat = MicrosEach(n => _ = shared.Parse(n.ToRequest()));
    Console.WriteLine($"per notify, in-process: RSA-2048 verify {rsa:0.0} µs, AES-GCM decrypt (with its JSON) {aes:0.0} µs, " +
        $"whole parse (headers, verify, decrypt, merchant checks) {parseFirst:0.0} µs, an identical copy parsed again {parseRepeat:0.0} µs");

    var transactions = notifies.Select(n => ((TransactionNotification)gateway.ParseNotify(n.ToRequest()).Notification!).Transaction).ToList();
    // The first order warms EF up (model, compiled queries, pool) and is not measured.
    using (var warm = services.CreateScope())
    {
        await warm.ServiceProvider.GetRequiredService<CellCrm.Infrastructure.Payments.PaymentCrediting>().CreditAsync(transactions[0], PaymentSource.Notify, CancellationToken.None);
    }

    transactions.RemoveAt(0);
    var connection = services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>().GetConnectionString("CellCrm")!;
    await using var status = new MySqlConnector.MySqlConnection(connection);
    await status.OpenAsync();

    async Task<long> QuestionsAsync()
    {
        await using var command = new MySqlConnector.MySqlCommand("SHOW GLOBAL STATUS LIKE 'Questions'", status);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return long.Parse(reader.GetString(1));
    }

    async Task<(double Ms, double Statements, string Outcomes)> CreditAllAsync(Func<IServiceProvider, CellCrm.Infrastructure.Payments.PaymentCrediting> crediting)
    {
        var outcomes = new Dictionary<string, int>();
        var before = await QuestionsAsync();
        var watch = Stopwatch.StartNew();
        foreach (var transaction in transactions)
        {
            using var scope = services.CreateScope();
            var outcome = await crediting(scope.ServiceProvider).CreditAsync(transaction, PaymentSource.Notify, CancellationToken.None);
            outcomes[outcome.ToString()] = outcomes.GetValueOrDefault(outcome.ToString()) + 1;
        }

        var ms = watch.Elapsed.TotalMilliseconds / transactions.Count;
        // Each SHOW counts itself once.
        var statements = (await QuestionsAsync() - before - 1) / (double)transactions.Count;
        return (ms, statements, string.Join(", ", outcomes.Select(o => $"{o.Key}={o.Value}")));
    }

    var first = await CreditAllAsync(sp => sp.GetRequiredService<CellCrm.Infrastructure.Payments.PaymentCrediting>());
    var sameNode = await CreditAllAsync(sp => sp.GetRequiredService<CellCrm.Infrastructure.Payments.PaymentCrediting>());
    var otherNode = await CreditAllAsync(sp => new CellCrm.Infrastructure.Payments.PaymentCrediting(sp.GetRequiredService<CellCrmDbContext>(),
        new CellCrm.Infrastructure.Payments.TransactionCreditGate(), TimeProvider.System,
        sp.GetRequiredService<ILogger<CellCrm.Infrastructure.Payments.PaymentCrediting>>()));
    Console.WriteLine($"first credit: {first.Ms:0.00} ms, {first.Statements:0.0} SQL statements ({first.Outcomes})");
    Console.WriteLine($"duplicate, same node: {sameNode.Ms:0.000} ms, {sameNode.Statements:0.0} SQL statements ({sameNode.Outcomes})");
    Console.WriteLine($"duplicate, another node: {otherNode.Ms:0.00} ms, {otherNode.Statements:0.0} SQL statements ({otherNode.Outcomes})");
}

static async Task ReportAsync(int orders)
{
    using var host = BuildHost();
    using var scope = host.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
    var payments = await db.Payments.CountAsync();
    orders += WarmUp + Profiled;
    var links = await db.PaymentLinks.CountAsync(l => l.State == PaymentLinkState.Paid);
    var credited = await db.Payments.Select(p => p.PaymentLinkId).Distinct().CountAsync();
    var forRefund = await db.Payments.CountAsync(p => p.RequiresRefund);
    // A double credit is any payment recorded beyond one per link (the unique transaction id should make it impossible).
    Console.WriteLine($"orders {orders}, links paid {links}, payments recorded {payments}, double credits {payments - credited}, " +
        $"flagged for refund {forRefund}, not credited {orders - credited}");
}

internal static partial class Program
{
    private const int WarmUp = 20;
    private const int Profiled = 20;
}
