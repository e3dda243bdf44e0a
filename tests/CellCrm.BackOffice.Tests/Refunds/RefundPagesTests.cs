using System.Net;
using System.Security.Claims;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Refunds;
using CellCrm.Domain.Tasks;
using CellCrm.Portal;
using CellCrm.Portal.Identity;
using CellCrm.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;
using static CellCrm.BackOffice.Tests.Refunds.RefundTestData;

namespace CellCrm.BackOffice.Tests.Refunds;

/// <summary>The refund pages: 新建退款申请 from the contract's panel with the over-refund refused under its line, the
/// list's masked account, other advisors refused, and 推送客户填写 with the customer filling the account in the
/// portal (only they may; field-level messages; once) which sends the application into approval.</summary>
public class RefundPagesTests(RefundBackOfficeFactory app) : IClassFixture<RefundBackOfficeFactory>, IAsyncLifetime
{
    private const string CustomerHeader = "X-Test-Customer";

    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Create_FromTheContractPanel_RefusesAnOverRefundUnderItsLine_ThenSavesADraft()
    {
        var (contract, _) = await PaidContractAsync(app, app.WeChatPay);
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var details = await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}");
        Assert.Contains("暂无退款申请", Forms.VisibleText(details));
        Assert.Contains($"/Refunds/Create/{contract.Id}", details);

        var url = $"/Refunds/Create/{contract.Id}";
        var form = await advisor.ReadPageAsync(url);
        Assert.Contains("87,800.00 87,800.00", Forms.VisibleText(form));
        List<KeyValuePair<string, string>> Fields(string amount) =>
        [
            new("Input.RequestKey", InputValue(form, "Input.RequestKey")), new("Input.Reason", "客户终止合同"),
            new("Input.Lines[0].Kind", InputValue(form, "Input.Lines[0].Kind")), new("Input.Lines[0].SourceId", InputValue(form, "Input.Lines[0].SourceId")),
            new("Input.Lines[0].AmountYuan", amount), new("Input.Account.HolderName", "张晓梅"), new("Input.Account.BankName", "招商银行深圳分行"),
            new("Input.Account.Number", "6225 8812 3456 7890"),
        ];

        var refused = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(form), Fields("87800.01"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Lines\\[0\\].AmountYuan\"[^>]*>退款金额不能超过该笔收款的可退金额87,800.00元", html);
        Assert.Equal(0, await app.QueryAsync(db => db.RefundApplications.CountAsync()));

        var saved = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(form), Fields("10000"));
        var again = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(form), Fields("10000"));
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (saved.StatusCode, again.StatusCode));
        var application = await app.QueryAsync(db => db.RefundApplications.AsNoTracking().Include(a => a.Lines).SingleAsync());
        Assert.Equal((10_000_00L, RefundApplicationStatus.Draft, "6225881234567890"), (application.TotalFen, application.Status, application.AccountNumber));
        Assert.Equal($"/Refunds/Details/{application.Id}", saved.Headers.Location!.OriginalString);

        var page = Forms.VisibleText(await advisor.ReadPageAsync($"/Refunds/Details/{application.Id}"));
        Assert.Contains("草稿", page);
        Assert.Contains("提交审批", page);
        var list = Forms.VisibleText(await advisor.ReadPageAsync("/Refunds"));
        Assert.Contains("6225********7890", list);
        Assert.DoesNotContain("6225881234567890", list);
        Assert.Contains(application.Number, Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));
        // At rest the account is ciphertext, never the number.
        var stored = await app.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT AccountNumber AS Value FROM RefundApplications").SingleAsync());
        Assert.DoesNotContain("7890", stored);
    }

    [Fact]
    public async Task AnotherAdvisor_CannotCreateOrOpen_AndFinanceCannotCreate()
    {
        var (contract, payment) = await PaidContractAsync(app, app.WeChatPay);
        var application = await CreateAsync(app, contract, payment, 1_000_00);
        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");

        AssertDenied(await advisor2.GetAsync($"/Refunds/Create/{contract.Id}"));
        AssertDenied(await advisor2.GetAsync($"/Refunds/Details/{application.Id}"));
        Assert.DoesNotContain(application.Number, await advisor2.ReadPageAsync("/Refunds"));

        var finance = app.CreateBrowser();
        await finance.SignInAsync("finance");
        AssertDenied(await finance.GetAsync($"/Refunds/Create/{contract.Id}"));
        Assert.Contains(application.Number, await finance.ReadPageAsync("/Refunds"));
    }

    [Fact]
    public async Task PushAccount_OnlyTheCustomerFillsIt_WithFieldMessages_Once_AndItGoesToApproval()
    {
        var (contract, payment) = await PaidContractAsync(app, app.WeChatPay);
        var created = await app.WithScopeAsync(async sp => await sp.GetRequiredService<Infrastructure.Refunds.RefundApplicationService>().CreateAsync(
            new Infrastructure.Refunds.RefundRequest(contract.Id, null, "终止合同", [new(RefundSourceKind.OnlinePayment, payment.Id, 5_000_00, null)], null, "k-push"),
            await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), CancellationToken.None));
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var detailsUrl = $"/Refunds/Details/{created.Id}";
        var html = await advisor.ReadPageAsync(detailsUrl);
        Assert.Contains("请先填写退款账户", Forms.VisibleText(await (await advisor.PostFormAsync($"{detailsUrl}?handler=Submit", Forms.AntiforgeryToken(html),
            [new("Version", InputValue(html, "Version"))])).Content.ReadAsStringAsync()));

        var pushed = await advisor.PostFormAsync($"{detailsUrl}?handler=PushAccount", Forms.AntiforgeryToken(html), [new("Version", InputValue(html, "Version"))]);
        var repeated = await advisor.PostFormAsync($"{detailsUrl}?handler=PushAccount", Forms.AntiforgeryToken(html), [new("Version", InputValue(html, "Version"))]);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK), (pushed.StatusCode, repeated.StatusCode));
        var task = await app.QueryAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync(t => t.SubjectId == created.Id));
        Assert.Equal((CustomerTaskType.RefundAccount, contract.CustomerId, CustomerTaskState.Pending), (task.Type, task.CustomerId, task.State));
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.TaskId == task.Id)));
        Assert.Equal(RefundApplicationStatus.AwaitingAccount, (await LoadAsync(app, created.Id)).Status);

        await using var node = JoinedNode<PortalApp>.Of(app);
        await using var portal = node.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, TestCustomerSignIn>()));
        var url = $"/Refunds/{created.Id}/Account";
        var other = Browser(portal, await app.QueryAsync(db => db.Customers.Where(c => c.Id != contract.CustomerId).Select(c => c.Id).FirstAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        var zhang = Browser(portal, contract.CustomerId);
        var page = await zhang.GetStringAsync(url);
        Assert.Contains("退款金额 ¥5,000.00", Forms.VisibleText(page));

        var bad = await zhang.PostFormAsync(url, Forms.AntiforgeryToken(page), [new("HolderName", "张晓梅"), new("BankName", ""), new("AccountNumber", "6225-88")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Matches("data-valmsg-for=\"BankName\"[^>]*>请填写开户行", await bad.Content.ReadAsStringAsync());
        // Another customer cannot open the form, so has no token of their own: their post is refused either way.
        Assert.InRange((int)(await other.PostFormAsync(url, Forms.AntiforgeryToken(page),
            [new("HolderName", "李建国"), new("BankName", "工商银行"), new("AccountNumber", "6222020000000001")])).StatusCode, 400, 404);
        Assert.Null((await LoadAsync(app, created.Id)).AccountNumber);

        List<KeyValuePair<string, string>> good = [new("HolderName", "张晓梅"), new("BankName", "招商银行深圳分行"), new("AccountNumber", "6225881234567890")];
        var answers = await Task.WhenAll(zhang.PostFormAsync(url, Forms.AntiforgeryToken(page), good), zhang.PostFormAsync(url, Forms.AntiforgeryToken(page), good));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));

        var application = await LoadAsync(app, created.Id);
        Assert.Equal((RefundApplicationStatus.InApproval, AccountFilledBy.Customer, "6225881234567890"),
            (application.Status, application.AccountFilledBy!.Value, application.AccountNumber));
        Assert.Equal(1, await app.QueryAsync(db => db.ApprovalRequests.CountAsync(r => r.BusinessType == ApprovalBusinessType.Refund && r.SubjectId == created.Id)));
        Assert.Equal(CustomerTaskState.Done, (await app.QueryAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id))).State);
        Assert.Contains("招商银行深圳分行 6225********7890", Forms.VisibleText(await zhang.GetStringAsync(url)));
        Assert.Contains("客户本人", Forms.VisibleText(await advisor.ReadPageAsync(detailsUrl)));
        // The leader sees what to approve, the account masked.
        var leader = app.CreateBrowser();
        await leader.SignInAsync("leader");
        var requestId = await app.QueryAsync(db => db.ApprovalRequests.Where(r => r.SubjectId == created.Id).Select(r => r.Id).SingleAsync());
        var approval = Forms.VisibleText(await leader.ReadPageAsync($"/Approvals/Details/{requestId}"));
        Assert.Contains("退款金额 5,000.00 元", approval);
        Assert.Contains("招商银行深圳分行 6225********7890", approval);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
    }

    private static HttpClient Browser(WebApplicationFactory<PortalApp> portal, Guid customerId)
    {
        var browser = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        browser.DefaultRequestHeaders.Add(CustomerHeader, customerId.ToString());
        return browser;
    }

    private sealed class TestCustomerSignIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(CustomerHeader, out var id))
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity(
                        [new Claim(PortalClaims.OpenId, "o-" + id), new Claim(PortalClaims.CustomerId, id.ToString())], "Test"));
                }

                await nextMiddleware();
            });
            next(builder);
        };
    }
}
