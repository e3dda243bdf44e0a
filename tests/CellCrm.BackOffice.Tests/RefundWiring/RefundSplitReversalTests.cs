using System.Net;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.BackOffice.Tests.Refunds;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Portal;
using CellCrm.Portal.Payments;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Refunds.RefundTestData;

namespace CellCrm.BackOffice.Tests.RefundWiring;

/// <summary>A refund paid out online reverses the approved 回款拆单 of the refunded payment proportionally, in the
/// same save as the refund notify, and only once however often WeChat Pay repeats the notify.</summary>
public class RefundSplitReversalTests(RefundBackOfficeFactory app) : IClassFixture<RefundBackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        app.WeChatPay.RefundBalanceFen = long.MaxValue;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task RefundNotify_ReversesTheApprovedSplit_Once()
    {
        var (contract, payment) = await PaidContractAsync(app, app.WeChatPay);
        var split = await ApprovedSplitAsync(app, SplitSourceKind.Online, payment.Id, 3000, 7000);
        var application = await ApprovedAsync(app, contract, payment, 10_000_00);
        await app.WithScopeAsync(sp => sp.GetRequiredService<RefundPayout>().StartAsync(application.Id, application.Version, CancellationToken.None));
        var line = (await LoadAsync(app, application.Id)).Lines.Single();
        Assert.Empty(await ReversalsAsync(app, split.Id));

        app.WeChatPay.CompleteRefund(line.OutRefundNo!);
        var notify = app.WeChatPay.RefundNotify(line.OutRefundNo!);
        await using var portal = PortalNode();
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostAsync(portal, notify)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a.StatusCode));
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(portal, notify)).StatusCode);

        Assert.Equal(RefundLineState.Refunded, (await LoadAsync(app, application.Id)).Lines.Single().State);
        var reversals = await ReversalsAsync(app, split.Id);
        Assert.Equal(2, reversals.Count);
        Assert.All(reversals, r => Assert.Equal((line.OutRefundNo, 10_000_00L), (r.RefundReference, r.RefundFen)));
        var lines = await app.QueryAsync(db => db.PaymentSplits.AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.Id == split.Id));
        Assert.Equal([(26_340_00L, 3_000_00L), (61_460_00L, 7_000_00L)], lines.Lines.OrderBy(l => l.Sort).Select(l => (l.AmountFen, l.ReversedFen)));
    }

    [Fact]
    public async Task Refund_WithoutAnApprovedSplit_IsPaidAsBefore()
    {
        var (contract, payment) = await PaidContractAsync(app, app.WeChatPay);
        var application = await ApprovedAsync(app, contract, payment, 500_00);
        await app.WithScopeAsync(sp => sp.GetRequiredService<RefundPayout>().StartAsync(application.Id, application.Version, CancellationToken.None));
        var line = (await LoadAsync(app, application.Id)).Lines.Single();
        app.WeChatPay.CompleteRefund(line.OutRefundNo!);
        await using var portal = PortalNode();

        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(portal, app.WeChatPay.RefundNotify(line.OutRefundNo!))).StatusCode);

        Assert.Equal(RefundLineState.Refunded, (await LoadAsync(app, application.Id)).Lines.Single().State);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<PaymentSplitReversal>().CountAsync()));
    }

    /// <summary>The advisor splits the payment between two advisors at the test hospital; the regional manager approves.</summary>
    internal static async Task<PaymentSplit> ApprovedSplitAsync(BackOfficeFactory app, SplitSourceKind kind, Guid sourceId, int firstBasisPoints, int secondBasisPoints)
    {
        return await app.WithScopeAsync(async sp =>
        {
            var hospital = await sp.GetRequiredService<CellCrmDbContext>().Hospitals.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
            var advisor = await sp.RefAsync("advisor");
            var advisor2 = await sp.RefAsync("advisor2");
            var split = await sp.GetRequiredService<PaymentSplitService>().CreateAsync(new PaymentSplitRequest(kind, sourceId,
                    [new PaymentSplitLineRequest(advisor.Id, hospital, firstBasisPoints), new PaymentSplitLineRequest(advisor2.Id, hospital, secondBasisPoints)],
                    Guid.NewGuid()),
                advisor, await sp.ScopeAsync("advisor"), CancellationToken.None);
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var requestId = await db.ApprovalRequests.Where(r => r.SubjectId == split.Id).Select(r => r.Id).SingleAsync();
            await sp.GetRequiredService<ApprovalService>().ApproveAsync(requestId, await sp.RefAsync("regional"), "同意", CancellationToken.None);
            var approved = await db.PaymentSplits.AsNoTracking().SingleAsync(s => s.Id == split.Id);
            Assert.Equal(PaymentSplitStatus.Approved, approved.Status);
            return approved;
        });
    }

    internal static Task<List<PaymentSplitReversal>> ReversalsAsync(BackOfficeFactory app, Guid splitId) =>
        app.QueryAsync(db => db.Set<PaymentSplitReversal>().AsNoTracking().Where(r => r.SplitId == splitId).ToListAsync());

    private WebApplicationFactory<PortalApp> PortalNode()
    {
        var node = JoinedNode<PortalApp>.Of(app);
        return node.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in app.WeChatPay.ClientSettings())
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
