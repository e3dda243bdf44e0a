using System.Net;
using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Payments;

/// <summary>回款计划 on the contract page: the owner sets it (total must be the contract amount, messages by field),
/// 发起收款 from a line prefilled with what the line lacks and bound to it, received money shown per line, editing
/// closed once money is allocated; and the race guard: several different 发起收款 forms for one contract at once never
/// ask together for more than is outstanding.</summary>
public class PaymentPlanPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        app.Clock.Reset();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync()
    {
        app.Clock.Reset();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Plan_SetByTheOwner_ThenCollectedFromALine_ShowsEachLinesState()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        var details = $"/Contracts/Details/{contract.Id}";
        var page = await advisor.ReadPageAsync(details);
        Assert.Contains("尚未设置回款计划", Forms.VisibleText(page));
        Assert.Contains($"action=\"/Contracts/Plan/{contract.Id}\"", page);

        // Short by one fen: refused with the gap, nothing stored.
        var today = ChinaTime.Today(app.Clock);
        var first = today.AddDays(10).ToString("yyyy-MM-dd");
        var second = today.AddDays(40).ToString("yyyy-MM-dd");
        var shortBy = await PostPlanAsync(advisor, contract.Id, page, 0, (second, "57800"), (first, "29999.99"));
        Assert.Equal(HttpStatusCode.OK, shortBy.StatusCode);
        Assert.Contains("回款计划合计87,799.99元与合同金额87,800.00元不符，还差0.01元", Forms.VisibleText(await shortBy.Content.ReadAsStringAsync()));

        // A missing date is named beside its row (the blank third row is ignored).
        var noDate = await PostPlanAsync(advisor, contract.Id, page, 0, (second, "57800"), ("", "30000"), ("", ""));
        var noDateHtml = await noDate.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Lines\\[1\\].DueDate\"[^>]*>请填写计划回款日期<", noDateHtml);
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPlans.CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await PostPlanAsync(advisor, contract.Id, page, 0, (second, "57800"), (first, "30000"))).StatusCode);
        var plan = await app.QueryAsync(db => db.PaymentPlans.AsNoTracking().Include(p => p.Lines).SingleAsync());
        Assert.Equal([(1, 30_000_00L), (2, 57_800_00L)], plan.Lines.Select(l => (l.Period, l.AmountFen)));
        var text = Forms.VisibleText(await advisor.ReadPageAsync(details));
        Assert.Contains($"第1期 {first} 30,000.00 0.00 30,000.00 0.00 未付", text);
        Assert.Contains($"第2期 {second} 57,800.00 0.00 57,800.00 0.00 未付", text);
        Assert.Contains("修改回款计划", text);

        // 发起收款 from the first line: prefilled with that line, bound to it.
        var line1 = plan.Lines.Single(l => l.Period == 1).Id;
        var url = $"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}&planLineId={line1}";
        var create = await advisor.ReadPageAsync(url);
        Assert.Equal("合同 " + contract.Number + " 第1期", InputValue(create, "Input.Reason"));
        Assert.Equal(30_000m, decimal.Parse(InputValue(create, "Input.AmountYuan"), System.Globalization.CultureInfo.InvariantCulture));
        var above = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(create),
            [new("Input.AmountYuan", "30000.01"), new("Input.Reason", "合同 " + contract.Number + " 第1期"), new("Input.RequestKey", InputValue(create, "Input.RequestKey"))]);
        Assert.Contains("收款金额不能超过回款计划第1期待收金额30,000.00元", Forms.VisibleText(await above.Content.ReadAsStringAsync()));
        var sent = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(create),
            [new("Input.AmountYuan", "20000"), new("Input.Reason", "合同 " + contract.Number + " 第1期"), new("Input.RequestKey", InputValue(create, "Input.RequestKey"))]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = await app.QueryAsync(db => db.PaymentLinks.AsNoTracking().SingleAsync());
        Assert.Equal([line1], link.PlanLineIds);

        // While the bound link waits, the plan cannot change; the line shows the open amount.
        text = Forms.VisibleText(await advisor.ReadPageAsync(details));
        Assert.Contains($"第1期 {first} 30,000.00 0.00 30,000.00 20,000.00 未付", text);
        Assert.Contains("回款计划有待支付的付款链接，请先取消后再修改", text);
        var refused = await PostPlanAsync(advisor, contract.Id, page, plan.Version, (first, "87800"));
        Assert.Contains("回款计划有待支付的付款链接，请先取消后再修改", Forms.VisibleText(await refused.Content.ReadAsStringAsync()));

        // Paid: the money fills the first line partly; editing is closed for good; past its date the rest is overdue.
        await CreditAsync(link.Id, 20_000_00);
        text = Forms.VisibleText(await advisor.ReadPageAsync(details));
        Assert.Contains($"第1期 {first} 30,000.00 20,000.00 10,000.00 0.00 部分已付", text);
        Assert.Contains("合同已有回款分配到回款计划，不能再修改", text);
        Assert.DoesNotContain("逾期", text);
        app.Clock.Advance(TimeSpan.FromDays(11));
        var later = app.CreateBrowser();
        await later.SignInAsync("advisor");
        Assert.Contains("部分已付 逾期", Forms.VisibleText(await later.ReadPageAsync(details)));
        Assert.Equal(plan.Version, await app.QueryAsync(db => db.PaymentPlans.Select(p => p.Version).SingleAsync()));
    }

    [Fact]
    public async Task Plan_ByAnotherStaffMemberInScope_IsRefused_AndOutsideScopeDenied()
    {
        var (_, contract) = await SubmittedContractAsync();
        var leader = app.CreateBrowser();
        await leader.SignInAsync("leader");
        var page = await leader.ReadPageAsync($"/Contracts/Details/{contract.Id}");
        Assert.Contains("只有合同负责人可以修改回款计划", Forms.VisibleText(page));

        var day = ChinaTime.Today(app.Clock).AddDays(5).ToString("yyyy-MM-dd");
        var posted = await PostPlanAsync(leader, contract.Id, page, 0, (day, "87800"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("只有合同负责人可以修改回款计划", Forms.VisibleText(await posted.Content.ReadAsStringAsync()));

        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        var token = Forms.AntiforgeryToken(await advisor2.ReadPageAsync("/Contracts"));
        var outside = await advisor2.PostFormAsync($"/Contracts/Plan/{contract.Id}", token,
            [new("Version", "0"), new("Lines[0].DueDate", day), new("Lines[0].Amount", "87800")]);
        Assert.Equal(HttpStatusCode.Redirect, outside.StatusCode);
        Assert.Contains("/Account/AccessDenied", outside.Headers.Location!.ToString());
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPlans.CountAsync()));
    }

    [Fact]
    public async Task DifferentCollectForms_SubmittedAtOnce_NeverTogetherExceedTheOutstanding()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        var url = $"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}";
        var forms = new List<(string Token, string Key)>();
        for (var i = 0; i < 6; i++)
        {
            var html = await advisor.ReadPageAsync(url);
            forms.Add((Forms.AntiforgeryToken(html), InputValue(html, "Input.RequestKey")));
        }

        // Six different forms of 20,000.00 each against 87,800.00: at most four fit.
        var responses = await Task.WhenAll(forms.Select(f => advisor.PostFormAsync(url, f.Token,
            [new("Input.AmountYuan", "20000"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", f.Key)])));

        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Equal(2, refused.Count);
        foreach (var r in refused)
        {
            Assert.Contains("合同未收金额87,800.00元中已有80,000.00元发起收款待支付，本次收款金额不能超过7,800.00元",
                Forms.VisibleText(await r.Content.ReadAsStringAsync()));
        }

        Assert.Equal(80_000_00, await app.QueryAsync(db => db.PaymentLinks.SumAsync(l => l.AmountFen)));
        Assert.Equal(4, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));

        // A form that went through, sent again (a double tap), answers with its link, not a refusal.
        var through = forms[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Redirect)];
        var again = await advisor.PostFormAsync(url, through.Token,
            [new("Input.AmountYuan", "20000"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", through.Key)]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(4, await app.QueryAsync(db => db.PaymentLinks.CountAsync()));

        // A further form offers only what is left.
        var next = await advisor.ReadPageAsync(url);
        Assert.Equal(7_800m, decimal.Parse(InputValue(next, "Input.AmountYuan"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("其中 80,000.00 元已发起收款待支付，本次最多 7,800.00 元", Forms.VisibleText(next));
    }

    private static async Task<HttpResponseMessage> PostPlanAsync(HttpClient client, Guid contractId, string pageHtml, int version,
        params (string Due, string Amount)[] lines)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Version", version.ToString()) };
        for (var i = 0; i < lines.Length; i++)
        {
            fields.Add(new($"Lines[{i}].DueDate", lines[i].Due));
            fields.Add(new($"Lines[{i}].Amount", lines[i].Amount));
        }

        return await client.PostFormAsync($"/Contracts/Plan/{contractId}", Forms.AntiforgeryToken(pageHtml), fields);
    }

    /// <summary>WeChat Pay reports the link paid (as the notify handler records it, through the link).</summary>
    private Task CreditAsync(Guid linkId, long amountFen) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var link = await db.PaymentLinks.Include(l => l.Attempts).SingleAsync(l => l.Id == linkId);
        var now = app.Clock.GetUtcNow();
        link.StartAttempt("PLANTEST0001", now);
        db.Payments.Add(link.Credit("PLANTEST0001", "4200000000202611270001", amountFen, now, PaymentSource.Notify, now)!);
        await db.SaveChangesAsync();
    });

    /// <summary>A paper contract for Zhang (87,800.00 yuan) created and submitted by the advisor, its owner.</summary>
    private async Task<(HttpClient Advisor, Contract Contract)> SubmittedContractAsync()
    {
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form())).StatusCode);
        var contract = await app.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync());
        var page = $"/Contracts/Details/{contract.Id}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await advisor.SubmitAsync(page, [new("Version", contract.Version.ToString())], $"{page}?handler=Submit")).StatusCode);
        return (advisor, await app.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync()));
    }
}
