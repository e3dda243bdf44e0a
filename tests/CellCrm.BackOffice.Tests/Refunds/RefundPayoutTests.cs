using System.Net;
using System.Security.Cryptography;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Domain.Common;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Portal;
using CellCrm.Portal.Payments;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Refunds.RefundTestData;

namespace CellCrm.BackOffice.Tests.Refunds;

/// <summary>Paying approved refunds out against the fake WeChat Pay server with the real client: the refund request
/// under the line's own number, the refund notify posted to the portal's endpoint (applied once, replays and forged
/// notifies change nothing), the query job for refunds without a notify (a lost answer is queried, never sent
/// blindly again), over-refunds refused, a failed refund paid by recorded bank transfer, and the contract's received
/// amount going down by what was refunded.</summary>
public class RefundPayoutTests(RefundBackOfficeFactory app) : IClassFixture<RefundBackOfficeFactory>, IAsyncLifetime
{
    private FakeWeChatPayServer WeChatPay => app.WeChatPay;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        WeChatPay.RefundBalanceFen = long.MaxValue;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Payout_RefundsOnline_AndTheNotifyIsAppliedOnce_ReplayIgnored_ForgedRefused()
    {
        var (contract, payment) = await PaidContractAsync(app, WeChatPay);
        var application = await ApprovedAsync(app, contract, payment, 10_000_00);
        Assert.Equal(RefundApplicationStatus.Approved, application.Status);

        await app.WithScopeAsync(sp => sp.GetRequiredService<RefundPayout>().StartAsync(application.Id, application.Version, CancellationToken.None));

        application = await LoadAsync(app, application.Id);
        var line = Assert.Single(application.Lines);
        Assert.Equal((RefundApplicationStatus.Paying, RefundLineState.Processing), (application.Status, line.State));
        var request = Assert.Single(RefundPostsOf(line.OutRefundNo!));
        Assert.Contains($"\"out_refund_no\":\"{line.OutRefundNo}\"", request.Body);
        Assert.Contains($"\"out_trade_no\":\"{payment.OutTradeNo}\"", request.Body);
        Assert.Contains("\"refund\":1000000,\"total\":8780000", request.Body);
        Assert.NotNull(line.RefundId);
        Assert.Equal(87_800_00, await ReceivedAsync(contract.Id));

        WeChatPay.CompleteRefund(line.OutRefundNo!);
        var notify = WeChatPay.RefundNotify(line.OutRefundNo!);
        await using var portal = PortalNode();
        Assert.InRange((int)(await PostAsync(portal, WeChatPay.RefundNotify(line.OutRefundNo!, signingKey: RSA.Create(2048)))).StatusCode, 400, 499);
        Assert.Equal(RefundLineState.Processing, (await LoadAsync(app, application.Id)).Lines.Single().State);

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostAsync(portal, notify)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a.StatusCode));
        var refunded = await LoadAsync(app, application.Id);
        Assert.Equal((RefundApplicationStatus.Refunded, RefundLineState.Refunded), (refunded.Status, refunded.Lines.Single().State));
        var at = refunded.Lines.Single().RefundedAt;

        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(portal, notify)).StatusCode);
        Assert.Equal(at, (await LoadAsync(app, application.Id)).Lines.Single().RefundedAt);
        Assert.Equal(77_800_00, await ReceivedAsync(contract.Id));
        Assert.Single(RefundPostsOf(line.OutRefundNo!));
        // One change to 已退款 in the application's history, however many notifies came.
        Assert.Equal(1, await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == line.Id && e.Field == "State" && e.NewValue == "Refunded")));
    }

    [Fact]
    public async Task RefundNotify_ForAnUnknownRefundNumber_IsRefused()
    {
        var (contract, payment) = await PaidContractAsync(app, WeChatPay);
        var application = await ApprovedAsync(app, contract, payment, 500_00);
        await app.WithScopeAsync(sp => sp.GetRequiredService<RefundPayout>().StartAsync(application.Id, application.Version, CancellationToken.None));
        var line = (await LoadAsync(app, application.Id)).Lines.Single();
        WeChatPay.CompleteRefund(line.OutRefundNo!);
        await using var portal = PortalNode();

        // Signed and encrypted properly, but our line was removed from under it: nothing to apply.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE RefundLines SET OutRefundNo = 'TKother' WHERE Id = {0}", line.Id));
        var answer = await PostAsync(portal, WeChatPay.RefundNotify(line.OutRefundNo!));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(RefundLineState.Processing, (await LoadAsync(app, application.Id)).Lines.Single().State);
    }

    [Fact]
    public async Task QueryJob_AfterALostCreateAnswer_QueriesAndSettles_WithoutASecondRefundRequest()
    {
        var (contract, payment) = await PaidContractAsync(app, WeChatPay);
        var application = await ApprovedAsync(app, contract, payment, 2_000_00);
        // WeChat Pay carries the refund out, but its answer arrives after our client gave up.
        WeChatPay.DelayNext("POST", "/v3/refund/domestic/refunds", TimeSpan.FromSeconds(7));

        await app.WithScopeAsync(sp => sp.GetRequiredService<RefundPayout>().StartAsync(application.Id, application.Version, CancellationToken.None));
        var line = (await LoadAsync(app, application.Id)).Lines.Single();
        Assert.Equal((RefundLineState.Processing, null), (line.State, line.RefundId));

        WeChatPay.CompleteRefund(line.OutRefundNo!);
        Assert.Equal(0, await RunJobAsync());
        await QuietSinceStartAsync(application.Id);
        Assert.Equal(1, await RunJobAsync());

        var settled = await LoadAsync(app, application.Id);
        Assert.Equal((RefundApplicationStatus.Refunded, RefundLineState.Refunded), (settled.Status, settled.Lines.Single().State));
        Assert.Single(RefundPostsOf(line.OutRefundNo!));
        Assert.Equal(1, WeChatPay.CountRequests("GET", "/v3/refund/domestic/refunds/" + line.OutRefundNo));
        Assert.Equal(85_800_00, await ReceivedAsync(contract.Id));
    }

    [Fact]
    public async Task QueryJob_ARefundWeChatPayNeverReceived_IsRequestedAgainUnderTheSameNumber()
    {
        var (contract, payment) = await PaidContractAsync(app, WeChatPay);
        var application = await ApprovedAsync(app, contract, payment, 2_000_00);
        WeChatPay.FailNext("POST", "/v3/refund/domestic/refunds", 500, "SYSTEM_ERROR");

        await app.WithScopeAsync(sp => sp.GetRequiredService<RefundPayout>().StartAsync(application.Id, application.Version, CancellationToken.None));
        var line = (await LoadAsync(app, application.Id)).Lines.Single();
        Assert.Equal(RefundLineState.Processing, line.State);
        Assert.False(WeChatPay.Refunds.ContainsKey(line.OutRefundNo!));

        await QuietSinceStartAsync(application.Id);
        await RunJobAsync();

        var refund = WeChatPay.Refunds[line.OutRefundNo!];
        Assert.Equal((payment.OutTradeNo, 2_000_00L), (refund.Order.OutTradeNo, refund.Refund));
        Assert.Equal(1, WeChatPay.CountRequests("GET", "/v3/refund/domestic/refunds/" + line.OutRefundNo));
        Assert.Equal(RefundLineState.Processing, (await LoadAsync(app, application.Id)).Lines.Single().State);
    }

    [Fact]
    public async Task OverRefund_IsRefused_AlsoWhenTwoApplicationsRace()
    {
        var (contract, payment) = await PaidContractAsync(app, WeChatPay);
        await CreateAsync(app, contract, payment, 80_000_00);

        var e = await Assert.ThrowsAsync<DomainException>(() => CreateAsync(app, contract, payment, 7_800_01));
        Assert.Equal("退款金额不能超过该笔收款的可退金额7,800.00元", e.Message);

        var raced = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                return (await CreateAsync(app, contract, payment, 5_000_00)).Id;
            }
            catch (DomainException)
            {
                return Guid.Empty;
            }
        }));
        Assert.Single(raced, id => id != Guid.Empty);
        Assert.Equal(85_000_00, await app.QueryAsync(db => db.RefundApplications.SelectMany(a => a.Lines).SumAsync(l => l.AmountFen)));
    }

    [Fact]
    public async Task SameForm_SubmittedTwice_MakesOneApplication()
    {
        var (contract, payment) = await PaidContractAsync(app, WeChatPay);

        var ids = await Task.WhenAll(CreateAsync(app, contract, payment, 1_000_00, requestKey: "form-1"), CreateAsync(app, contract, payment, 1_000_00, requestKey: "form-1"));

        Assert.Equal(ids[0].Id, ids[1].Id);
        Assert.Equal(1, await app.QueryAsync(db => db.RefundApplications.CountAsync()));
    }

    [Fact]
    public async Task FailedOnlineRefund_IsPaidByBankTransfer_RecordedByFinance()
    {
        var (contract, payment) = await PaidContractAsync(app, WeChatPay);
        var application = await ApprovedAsync(app, contract, payment, 30_000_00);
        WeChatPay.RefundBalanceFen = 0;

        await app.WithScopeAsync(sp => sp.GetRequiredService<RefundPayout>().StartAsync(application.Id, application.Version, CancellationToken.None));
        application = await LoadAsync(app, application.Id);
        var line = application.Lines.Single();
        Assert.Equal((RefundApplicationStatus.PartiallyFailed, RefundLineState.Failed), (application.Status, line.State));
        Assert.Contains("NOT_ENOUGH", line.FailureReason);

        await app.WithScopeAsync(async sp =>
        {
            var payout = sp.GetRequiredService<RefundPayout>();
            await payout.SwitchToBankTransferAsync(application.Id, application.Version, line.Id, CancellationToken.None);
            var version = (await LoadAsync(app, application.Id)).Version;
            await payout.RecordBankTransferAsync(application.Id, version, line.Id, ChinaTime.Today(app.Clock), "CMB20261127001", null, "财务", CancellationToken.None);
        });

        var done = await LoadAsync(app, application.Id);
        Assert.Equal((RefundApplicationStatus.Refunded, RefundPayoutMethod.BankTransfer, "CMB20261127001"), (done.Status, done.Lines.Single().Method, done.Lines.Single().VoucherNo));
        Assert.Equal(57_800_00, await ReceivedAsync(contract.Id));
    }

    private IEnumerable<FakeRequest> RefundPostsOf(string outRefundNo) =>
        WeChatPay.Requests.Where(r => r.Method == "POST" && r.PathAndQuery == "/v3/refund/domestic/refunds" && r.Body.Contains(outRefundNo, StringComparison.Ordinal)
            && r.SignatureValid);

    /// <summary>The payout started longer ago than the job's quiet period. (The clock is not moved: WeChat Pay's
    /// signed answers carry the real time, and a clock minutes ahead would find them stale.)</summary>
    private Task QuietSinceStartAsync(Guid applicationId) => app.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
        "UPDATE RefundApplications SET PayoutStartedAt = {0} WHERE Id = {1}", app.Clock.GetUtcNow() - RefundQueryJob.QuietPeriod - TimeSpan.FromMinutes(1), applicationId));

    private Task<int> RunJobAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<RefundQueryJob>().RunAsync(CancellationToken.None));

    private Task<long> ReceivedAsync(Guid contractId) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<ContractReceivables>().ForAsync(contractId, CancellationToken.None))!.ReceivedFen);

    /// <summary>The portal (whose endpoint WeChat Pay posts to) on the same database, configured for the same merchant.</summary>
    private WebApplicationFactory<PortalApp> PortalNode()
    {
        var node = JoinedNode<PortalApp>.Of(app);
        return node.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in WeChatPay.ClientSettings())
            {
                b.UseSetting(key, value);
            }
        });
    }

    private static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<PortalApp> portal, FakeNotify notify)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PaymentNotifyEndpoint.Path)
        {
            Content = new StringContent(notify.Body, System.Text.Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in notify.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request);
    }
}
