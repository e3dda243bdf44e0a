using System.Net;
using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Payments;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.PaymentSplits;

/// <summary>回款拆单 end to end: the advisor splits a received payment, the regional manager approves it in the
/// approval inbox, refunds take money back from the lines; bad ratios, repeats and other advisors refused.</summary>
public class PaymentSplitPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private ContractTestData _data = null!;

    private Guid _advisor;
    private Guid _advisor2;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
        (_advisor, _advisor2) = await app.WithScopeAsync(async sp => ((await sp.RefAsync("advisor")).Id, (await sp.RefAsync("advisor2")).Id));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Split_ByTheAdvisor_ApprovedByTheRegionalManager_LinesAddUpToTheReceipt()
    {
        var payment = await PaymentAsync(100_00);
        var advisor = await app.SignedInAsync("advisor");
        var create = await advisor.ReadPageAsync(CreateUrl(payment));
        Assert.Contains("本次回款金额（元） 100.00", Forms.VisibleText(create));

        var response = await advisor.PostFormAsync(CreateUrl(payment), Forms.AntiforgeryToken(create),
            Lines(create, (_advisor, "33.33"), (_advisor2, "66.67")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var split = await SplitAsync();
        Assert.Equal((PaymentSplitStatus.Pending, SplitSourceKind.Online, payment, 100_00L), (split.Status, split.SourceKind, split.SourceId, split.ReceivedFen));
        Assert.Equal([(3333, 33_33L), (6667, 66_67L)], split.Lines.OrderBy(l => l.Sort).Select(l => (l.RatioBasisPoints, l.AmountFen)));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PaymentSplit) && a.EntityId == split.Id)));

        var request = await app.QueryAsync(db => db.ApprovalRequests.AsNoTracking().SingleAsync(r => r.BusinessType == ApprovalBusinessType.PaymentSplit));
        var regional = await app.SignedInAsync("regional");
        var inbox = Forms.VisibleText(await regional.ReadPageAsync($"/Approvals/Details/{request.Id}"));
        Assert.Contains("拆单明细1", inbox);
        Assert.Contains("33.33% · 33.33 元", inbox);
        await regional.SubmitAsync($"/Approvals/Details/{request.Id}", [new("Comment", "同意")], $"/Approvals/Details/{request.Id}?handler=Approve");

        Assert.Equal(PaymentSplitStatus.Approved, (await SplitAsync()).Status);
        var details = Forms.VisibleText(await advisor.ReadPageAsync($"/PaymentSplits/Details/{split.Id}"));
        Assert.Contains("已通过", details);
        Assert.Contains("区域经理审批", details);
        Assert.Contains("同意", details);
        Assert.Contains("拆单明细总额 100.00", details);
        Assert.Contains(split.Number, Forms.VisibleText(await regional.ReadPageAsync("/PaymentSplits")));
    }

    [Fact]
    public async Task Split_RatiosTotallingNinetyNinePointNineNine_IsRefused_AndNothingIsSaved()
    {
        var payment = await PaymentAsync(258_00);
        var advisor = await app.SignedInAsync("advisor");
        var create = await advisor.ReadPageAsync(CreateUrl(payment));

        var response = await advisor.PostFormAsync(CreateUrl(payment), Forms.AntiforgeryToken(create),
            Lines(create, (_advisor, "50"), (_advisor2, "49.99")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("拆分比例合计必须为100%", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentSplits.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.ApprovalRequests.CountAsync()));

        // A row with an advisor but no ratio is named under its own input.
        var half = await advisor.PostFormAsync(CreateUrl(payment), Forms.AntiforgeryToken(create),
            Lines(create, (_advisor, "")));
        Assert.Contains("请填写比例", Forms.VisibleText(await half.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentSplits.CountAsync()));
    }

    [Fact]
    public async Task Split_SubmittedTwice_OrAgainWithANewForm_CreatesOne()
    {
        var payment = await PaymentAsync(100_00);
        var advisor = await app.SignedInAsync("advisor");
        var create = await advisor.ReadPageAsync(CreateUrl(payment));
        var fields = Lines(create, (_advisor, "100"));

        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => advisor.PostFormAsync(CreateUrl(payment), Forms.AntiforgeryToken(create), fields)));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentSplits.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.ApprovalRequests.CountAsync()));

        var again = await advisor.ReadPageAsync(CreateUrl(payment));
        var second = await advisor.PostFormAsync(CreateUrl(payment), Forms.AntiforgeryToken(again), Lines(again, (_advisor2, "100")));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(PaymentSplitService.AlreadySplitMessage, Forms.VisibleText(await second.Content.ReadAsStringAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentSplits.CountAsync()));
    }

    [Fact]
    public async Task Split_Rejected_FreesTheReceipt_ForANewSplit()
    {
        var payment = await PaymentAsync(100_00);
        var advisor = await app.SignedInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await CreateAsync(advisor, payment, (_advisor, "100"))).StatusCode);
        var request = await app.QueryAsync(db => db.ApprovalRequests.AsNoTracking().SingleAsync());
        var regional = await app.SignedInAsync("regional");
        await regional.SubmitAsync($"/Approvals/Details/{request.Id}", [new("Comment", "比例有误")], $"/Approvals/Details/{request.Id}?handler=Reject");

        var rejected = await SplitAsync();
        Assert.Equal((PaymentSplitStatus.Rejected, "比例有误"), (rejected.Status, rejected.RejectionReason));
        Assert.Equal(HttpStatusCode.Redirect, (await CreateAsync(advisor, payment, (_advisor, "40"), (_advisor2, "60"))).StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.PaymentSplits.CountAsync()));
    }

    [Fact]
    public async Task AnotherAdvisor_CannotSplit_OrSee_TheReceipt()
    {
        var payment = await PaymentAsync(100_00);
        var advisor = await app.SignedInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await CreateAsync(advisor, payment, (_advisor, "100"))).StatusCode);
        var split = await SplitAsync();
        var advisor2 = await app.SignedInAsync("advisor2");

        Assert.Equal(HttpStatusCode.NotFound, (await advisor2.GetAsync(CreateUrl(payment))).StatusCode);
        var token = Forms.AntiforgeryToken(await advisor2.ReadPageAsync("/PaymentSplits"));
        var posted = await advisor2.PostFormAsync(CreateUrl(payment), token,
            [new("Input.RequestKey", Guid.NewGuid().ToString()), new("Input.Lines[0].AdvisorId", _advisor2.ToString()),
             new("Input.Lines[0].HospitalId", _data.Hospital.ToString()), new("Input.Lines[0].Ratio", "100")]);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        CustomerTestData.AssertDenied(await advisor2.GetAsync($"/PaymentSplits/Details/{split.Id}"));
        Assert.DoesNotContain(split.Number, await advisor2.ReadPageAsync("/PaymentSplits"));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentSplits.CountAsync()));

        // 客服 has no business with splits at all.
        var service = await app.SignedInAsync("service");
        CustomerTestData.AssertDenied(await service.GetAsync("/PaymentSplits"));
    }

    [Fact]
    public async Task Refund_OfAnApprovedSplit_TakesBackFromEachLine_Once()
    {
        var payment = await PaymentAsync(100_00);
        var advisor = await app.SignedInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await CreateAsync(advisor, payment, (_advisor, "30"), (_advisor2, "70"))).StatusCode);
        var request = await app.QueryAsync(db => db.ApprovalRequests.AsNoTracking().SingleAsync());
        var regional = await app.SignedInAsync("regional");
        await regional.SubmitAsync($"/Approvals/Details/{request.Id}", [new("Comment", "")], $"/Approvals/Details/{request.Id}?handler=Approve");

        for (var i = 0; i < 2; i++)
        {
            await app.WithScopeAsync(async sp =>
            {
                var service = sp.GetRequiredService<PaymentSplitService>();
                await service.ReverseForRefundAsync(SplitSourceKind.Online, payment, "TK202611001", 33_33, CancellationToken.None);
                await sp.GetRequiredService<CellCrmDbContext>().SaveChangesAsync();
            });
        }

        var split = await SplitAsync();
        Assert.Equal([(30_00L, 10_00L), (70_00L, 23_33L)], split.Lines.OrderBy(l => l.Sort).Select(l => (l.AmountFen, l.ReversedFen)));
        Assert.Equal(2, await app.QueryAsync(db => db.Set<PaymentSplitReversal>().CountAsync()));
        Assert.Contains("退款金额（元）", Forms.VisibleText(await advisor.ReadPageAsync($"/PaymentSplits/Details/{split.Id}")));
    }

    private static string CreateUrl(Guid payment) => $"/PaymentSplits/Create?Kind=Online&SourceId={payment}";

    private async Task<HttpResponseMessage> CreateAsync(HttpClient browser, Guid payment, params (Guid Advisor, string Ratio)[] lines)
    {
        var html = await browser.ReadPageAsync(CreateUrl(payment));
        return await browser.PostFormAsync(CreateUrl(payment), Forms.AntiforgeryToken(html), Lines(html, lines));
    }

    /// <summary>The form's fields: its request key, then one row per line at the test data's hospital; the rest empty.</summary>
    private List<KeyValuePair<string, string>> Lines(string html, params (Guid Advisor, string Ratio)[] lines)
    {
        var key = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.RequestKey\" value=\"([^\"]+)\"").Groups[1].Value;
        List<KeyValuePair<string, string>> fields = [new("Input.RequestKey", key)];
        for (var i = 0; i < lines.Length; i++)
        {
            fields.Add(new($"Input.Lines[{i}].AdvisorId", lines[i].Advisor.ToString()));
            fields.Add(new($"Input.Lines[{i}].HospitalId", _data.Hospital.ToString()));
            fields.Add(new($"Input.Lines[{i}].Ratio", lines[i].Ratio));
        }

        return fields;
    }

    private Task<PaymentSplit> SplitAsync() =>
        app.QueryAsync(db => db.PaymentSplits.AsNoTracking().Include(s => s.Lines).OrderByDescending(s => s.CreatedAt).FirstAsync());

    /// <summary>A payment received online from Zhang (the advisor's customer), as WeChat Pay's notify records it.</summary>
    private Task<Guid> PaymentAsync(long fen) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var now = app.Clock.GetUtcNow();
        var link = PaymentLink.Send(_data.Zhang, fen, "合同款", null, null, _advisor, "顾问", now);
        var outTradeNo = Guid.CreateVersion7().ToString("N");
        link.StartAttempt(outTradeNo, now);
        var payment = link.Credit(outTradeNo, "42000" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), fen, now, PaymentSource.Notify, now)!;
        db.PaymentLinks.Add(link);
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return payment.Id;
    });
}
