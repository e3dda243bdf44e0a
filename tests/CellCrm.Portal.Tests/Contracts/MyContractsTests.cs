using System.Net;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Tests.Payments;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Contracts;

/// <summary>我的合同 (SPEC §2.9): the signed-in customer's submitted contracts with amount, paid and due, the plan lines
/// and their state, links to pay the open ones; another customer's contract is not found; drafts are not shown.</summary>
public class MyContractsTests(SandboxPaymentPortalFactory app) : IClassFixture<SandboxPaymentPortalFactory>, IAsyncLifetime
{
    private static readonly Guid Owner = Guid.NewGuid();

    private Guid _zhang;
    private Guid _li;

    public async ValueTask InitializeAsync()
    {
        app.Clock.Reset();
        (_zhang, _li) = await app.ResetWithCustomersAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task MyContracts_ShowsAmountsPlanAndOpenLinks_AndPayingMovesThem()
    {
        var contract = await ContractAsync(_zhang, "7552SC202611001", submit: true);
        await ContractAsync(_zhang, "7552SC202611002", submit: false);
        var today = ChinaTime.Today(app.Clock);
        await app.WithScopeAsync(sp => sp.GetRequiredService<PaymentPlanService>().SaveAsync(contract.Id, 0,
            [new PlanLineDraft(today.AddDays(7), 30_000_00), new PlanLineDraft(today.AddDays(60), 57_800_00)], new StaffRef(Owner, "王顾问"), CancellationToken.None));
        var line1 = await app.DbAsync(db => db.PaymentPlans.SelectMany(p => p.Lines).Where(l => l.Period == 1).Select(l => l.Id).SingleAsync());
        var link = await app.WithScopeAsync(sp => sp.GetRequiredService<PaymentLinkService>().SendAsync(_zhang, 30_000_00, "合同 7552SC202611001 第1期",
            contract.Id, line1, new StaffRef(Owner, "王顾问"), Guid.NewGuid(), CancellationToken.None));
        var zhang = app.BrowserOf(_zhang);

        var home = await zhang.GetStringAsync("/");
        Assert.Contains("我的合同 新生儿干细胞 · 7552SC202611001 合同金额 ¥87,800.00 · 已付 ¥0.00 · 待付 ¥87,800.00", Forms.VisibleText(home));
        Assert.Contains("href=\"/Contracts\"", home);
        var list = Forms.VisibleText(await zhang.GetStringAsync("/Contracts"));
        Assert.Contains("7552SC202611001", list);
        Assert.DoesNotContain("7552SC202611002", list);

        var details = await zhang.GetStringAsync($"/Contracts/{contract.Id}");
        var text = Forms.VisibleText(details);
        Assert.Contains("合同金额 ¥87,800.00 已付 ¥0.00 待付 ¥87,800.00", text);
        Assert.Contains("待支付 合同 7552SC202611001 第1期", text);
        Assert.Contains($"href=\"/Payments/{link.Id}\"", details);
        Assert.Contains($"第1期 · {today.AddDays(7):yyyy-MM-dd} 本期 ¥30,000.00 · 已付 ¥0.00 未付", text);
        Assert.Contains("href=\"/Sign\"", details);

        Assert.Equal(HttpStatusCode.Redirect, (await zhang.PressPayAsync(link.Id, "SandboxPay")).StatusCode);

        text = Forms.VisibleText(await zhang.GetStringAsync($"/Contracts/{contract.Id}"));
        Assert.Contains("合同金额 ¥87,800.00 已付 ¥30,000.00 待付 ¥57,800.00", text);
        Assert.Contains("本期 ¥30,000.00 · 已付 ¥30,000.00 已付", text);
        Assert.Contains("本期 ¥57,800.00 · 已付 ¥0.00 未付", text);
        Assert.DoesNotContain("去支付", text);

        // Past the second line's date with nothing paid on it, it is overdue.
        app.Clock.Advance(TimeSpan.FromDays(61));
        Assert.Contains("本期 ¥57,800.00 · 已付 ¥0.00 未付（已逾期）", Forms.VisibleText(await zhang.GetStringAsync($"/Contracts/{contract.Id}")));
    }

    [Fact]
    public async Task AnotherCustomersContract_IsNotFound_AndNotListed()
    {
        var contract = await ContractAsync(_zhang, "7552SC202611001", submit: true);
        var li = app.BrowserOf(_li);

        var page = await li.GetAsync($"/Contracts/{contract.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("7552SC202611001", await page.Content.ReadAsStringAsync());
        Assert.Contains("暂无合同", Forms.VisibleText(await li.GetStringAsync("/Contracts")));
        Assert.DoesNotContain("7552SC202611001", await li.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await li.GetAsync($"/Contracts/{Guid.NewGuid()}")).StatusCode);
    }

    /// <summary>A paper contract of 87,800.00 yuan (68,000 + 19,800) for the customer, submitted or left a draft.</summary>
    private Task<Contract> ContractAsync(Guid customerId, string number, bool submit) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var now = app.Clock.GetUtcNow();
        var details = new ContractDetails(ContractBusinessType.NewbornStemCell, ContractOrderType.Paper, customerId, null, "13800138000", true, Guid.NewGuid(),
            "产科", "深圳市", now, CertificateType.Electronic, false, null, []);
        var contract = new Contract(number, details, Owner, Guid.NewGuid(), now);
        contract.Price([new LineDraft(Guid.NewGuid(), "SC-UC-TBF", "脐带间充质", 68_000_00, 1, null), new LineDraft(Guid.NewGuid(), "IC-CIK-RX", "成品CIK", 19_800_00, 1, null)],
            null, null, ChinaTime.Today(now));
        if (submit)
        {
            contract.Submit(now);
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract;
    });
}
