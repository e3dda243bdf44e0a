using System.Net;
using System.Security.Claims;
using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Payments;
using CellCrm.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Payments;

/// <summary>收款 on a contract: 发起收款 prefilled with the outstanding amount, the customer paying through the portal's
/// sandbox (a second app on the same database), and the panel's received / outstanding afterwards; amounts above the
/// outstanding and other advisors' contracts refused.</summary>
public class ContractReceivablesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private const string CustomerHeader = "X-Test-Customer";

    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task LinkFromContract_PaidInThePortalSandbox_LeavesNothingOutstanding()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        var details = await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}");
        var text = Forms.VisibleText(details);
        Assert.Contains("合同金额（元） 87,800.00 已收（元） 0.00 未收（元） 87,800.00", text);
        Assert.Contains("尚无付款链接", text);
        Assert.Contains($"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}", details);

        var create = await advisor.ReadPageAsync($"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}");
        Assert.Equal("合同 " + contract.Number, InputValue(create, "Input.Reason"));
        Assert.Equal(87_800m, decimal.Parse(InputValue(create, "Input.AmountYuan"), System.Globalization.CultureInfo.InvariantCulture));
        var sent = await advisor.PostFormAsync($"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}", Forms.AntiforgeryToken(create),
        [
            new("Input.AmountYuan", InputValue(create, "Input.AmountYuan")), new("Input.Reason", InputValue(create, "Input.Reason")),
            new("Input.RequestKey", InputValue(create, "Input.RequestKey")),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = await app.QueryAsync(db => db.PaymentLinks.AsNoTracking().SingleAsync());
        Assert.Equal((contract.Id, 87_800_00L, "合同 " + contract.Number), (link.ContractId!.Value, link.AmountFen, link.Reason));
        Assert.Contains("待支付", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));

        await PayInPortalSandboxAsync(contract.CustomerId, link.Id);

        var payment = await app.QueryAsync(db => db.Payments.AsNoTracking().SingleAsync());
        Assert.Equal((87_800_00L, (Guid?)contract.Id, false), (payment.AmountFen, payment.ContractId, payment.RequiresRefund));
        details = await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}");
        text = Forms.VisibleText(details);
        Assert.Contains("合同金额（元） 87,800.00 已收（元） 87,800.00 未收（元） 0.00", text);
        Assert.Contains("已支付", text);
        Assert.DoesNotContain("发起收款", text);
        Assert.DoesNotContain("contractId=", details);

        // A further link for the paid contract is refused, whatever the amount.
        var again = await advisor.ReadPageAsync($"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}");
        Assert.Contains("该合同已全部收款，无需再发起收款", Forms.VisibleText(again));
        var refused = await advisor.PostFormAsync($"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}", Forms.AntiforgeryToken(again),
            [new("Input.AmountYuan", "0.01"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", Guid.NewGuid().ToString())]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentLinks.CountAsync()));
    }

    [Fact]
    public async Task AmountAboveTheOutstanding_IsRefusedUnderTheAmount_AndNothingIsSent()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        var url = $"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}";
        var html = await advisor.ReadPageAsync(url);

        var response = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(html),
            [new("Input.AmountYuan", "87800.01"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", InputValue(html, "Input.RequestKey"))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("收款金额不能超过合同未收金额87,800.00元", Forms.VisibleText(page));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentLinks.CountAsync()));

        // A part of it is fine, and the rest stays outstanding.
        var part = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(html),
            [new("Input.AmountYuan", "800"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", InputValue(html, "Input.RequestKey"))]);
        Assert.Equal(HttpStatusCode.Redirect, part.StatusCode);
        Assert.Equal(80_000, await app.QueryAsync(db => db.PaymentLinks.Select(l => l.AmountFen).SingleAsync()));
    }

    [Fact]
    public async Task SupersedingAContractLink_AboveTheOutstanding_IsRefusedUnderTheAmount_AndNothingIsSent()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        var url = $"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}";
        var create = await advisor.ReadPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.PostFormAsync(url, Forms.AntiforgeryToken(create),
            [new("Input.AmountYuan", "800"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", InputValue(create, "Input.RequestKey"))])).StatusCode);
        var linkId = await app.QueryAsync(db => db.PaymentLinks.Select(l => l.Id).SingleAsync());

        var details = $"/Payments/Details/{linkId}";
        var html = await advisor.ReadPageAsync(details);
        var response = await advisor.PostFormAsync($"{details}?handler=Supersede", Forms.AntiforgeryToken(html),
            [new("Version", InputValue(html, "Version")), new("Replacement.RequestKey", InputValue(html, "Replacement.RequestKey")),
             new("Replacement.AmountYuan", "87800.01"), new("Replacement.Reason", "合同 " + contract.Number + "（调整）")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("收款金额不能超过合同未收金额87,800.00元", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        var link = await app.QueryAsync(db => db.PaymentLinks.AsNoTracking().SingleAsync());
        Assert.Equal((PaymentLinkState.Pending, 80_000L), (link.State, link.AmountFen));
    }

    [Fact]
    public async Task AnotherAdvisorsContract_OrAContractOfAnotherCustomer_IsRefused()
    {
        var (_, contract) = await SubmittedContractAsync();
        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        var url = $"/Payments/Create/{contract.CustomerId}?contractId={contract.Id}";

        var opened = await advisor2.GetAsync(url);
        var token = Forms.AntiforgeryToken(await advisor2.ReadPageAsync("/Payments"));
        var posted = await advisor2.PostFormAsync(url, token,
            [new("Input.AmountYuan", "100"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", Guid.NewGuid().ToString())]);

        AssertRefused(opened);
        AssertRefused(posted);
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentLinks.CountAsync()));

        // The owner cannot attach the contract to another customer's link either.
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var li = await app.CustomerIdAsync(LiMobile);
        var other = await advisor.GetAsync($"/Payments/Create/{li}?contractId={contract.Id}");
        var html = await advisor.ReadPageAsync($"/Payments/Create/{li}");
        var postedForLi = await advisor.PostFormAsync($"/Payments/Create/{li}?contractId={contract.Id}", Forms.AntiforgeryToken(html),
            [new("Input.AmountYuan", "100"), new("Input.Reason", "合同 " + contract.Number), new("Input.RequestKey", InputValue(html, "Input.RequestKey"))]);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, postedForLi.StatusCode);
        AssertRefused(await advisor.GetAsync($"/Payments/Create/{_data.Liu}?contractId={contract.Id}"));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentLinks.CountAsync()));
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
    }

    /// <summary>A paper contract for Zhang (87,800.00 yuan) created and submitted by the advisor: 待签署, it accepts payment.</summary>
    private async Task<(HttpClient Advisor, Contract Contract)> SubmittedContractAsync()
    {
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form())).StatusCode);
        var contract = await app.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync());
        var page = $"/Contracts/Details/{contract.Id}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await advisor.SubmitAsync(page, [new("Version", contract.Version.ToString())], $"{page}?handler=Submit")).StatusCode);
        contract = await app.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync());
        Assert.True(contract.AcceptsPayment);
        return (advisor, contract);
    }

    /// <summary>The customer opens the link in the portal (another app on the same database) and pays in the sandbox,
    /// whose signed notify reaches the portal's own endpoint.</summary>
    private async Task PayInPortalSandboxAsync(Guid customerId, Guid linkId)
    {
        WebApplicationFactory<PortalApp>? portal = null;
        await using var node = JoinedNode<PortalApp>.Of(app);
        portal = node.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestCustomerSignIn>();
            services.AddHttpClient(SandboxNotifySender.ClientName).ConfigurePrimaryHttpMessageHandler(() => portal!.Server.CreateHandler());
        }));
        var browser = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        browser.DefaultRequestHeaders.Add(CustomerHeader, customerId.ToString());

        var html = await browser.GetStringAsync($"/Payments/{linkId}");
        Assert.Contains("沙箱支付 ¥87,800.00", Forms.VisibleText(html));
        var pay = await browser.PostFormAsync($"/Payments/{linkId}?handler=SandboxPay", Forms.AntiforgeryToken(html), []);

        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.Equal($"/Payments/{linkId}/Receipt", pay.Headers.Location!.OriginalString);
        await portal.DisposeAsync();
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
