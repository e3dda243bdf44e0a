using System.Security.Claims;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Payments;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using CellCrm.Testing.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Payments;

/// <summary>The portal on the embedded default's payment sandbox; its sandbox notifies reach this test server.</summary>
public sealed class SandboxPaymentPortalFactory : PortalFactory
{
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        PaymentPortals.AddTestSignIn(services);
        // The sandbox posts its notify over HTTP to our own endpoint: here, this in-memory server.
        services.AddHttpClient(SandboxNotifySender.ClientName).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
    }
}

/// <summary>The portal with a configured merchant whose WeChat Pay is the fake server (the real client runs).</summary>
public sealed class FakeWeChatPayPaymentPortalFactory : WeChatPayPortalFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) => PaymentPortals.AddTestSignIn(services);
}

/// <summary>Customers, links and signed-in browsers for the payment tests. A request carrying <see cref="Header"/> is
/// signed in as that customer (openid "o-" + the id), with the claims the WeChat sign-in issues once bound.</summary>
public static class PaymentPortals
{
    public const string Header = "X-Test-Customer";

    public static void AddTestSignIn(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestSignIn>();

    public static async Task<(Guid Zhang, Guid Li)> ResetWithCustomersAsync<T>(this CellCrmAppFactory<T> app) where T : class
    {
        await app.ResetAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            foreach (var (name, mobile) in new[] { ("张晓梅", OutboxTestData.ZhangMobile), ("李建国", OutboxTestData.LiMobile) })
            {
                db.Customers.Add(new Customer(new CustomerProfile { Name = name, Mobile = mobile }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        });
        return (await app.CustomerIdAsync(OutboxTestData.ZhangMobile), await app.CustomerIdAsync(OutboxTestData.LiMobile));
    }

    /// <summary>发起收款 as the back office does (link, 缴费 task and message).</summary>
    public static Task<PaymentLink> SendLinkAsync<T>(this CellCrmAppFactory<T> app, Guid customerId, long fen = 600_000, string reason = "7553321000033")
        where T : class =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PaymentLinkService>()
            .SendAsync(customerId, fen, reason, null, new StaffRef(Guid.NewGuid(), "党研宇"), Guid.NewGuid(), CancellationToken.None));

    public static HttpClient BrowserOf<T>(this CellCrmAppFactory<T> app, Guid customerId) where T : class
    {
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Add(Header, customerId.ToString());
        return browser;
    }

    /// <summary>Opens the link page and presses 支付 (the page script's POST).</summary>
    public static async Task<HttpResponseMessage> PressPayAsync(this HttpClient browser, Guid linkId, string handler = "Pay")
    {
        var html = await browser.GetStringAsync($"/Payments/{linkId}");
        return await browser.PostFormAsync($"/Payments/{linkId}?handler={handler}", Forms.AntiforgeryToken(html), []);
    }

    /// <summary>A form token of this browser's session, read from a fresh link page of the customer (a page
    /// without a payable link has no form).</summary>
    public static async Task<string> FormTokenAsync<T>(this CellCrmAppFactory<T> app, HttpClient browser, Guid customerId) where T : class
    {
        var other = await app.SendLinkAsync(customerId, 100, "取表单令牌");
        return Forms.AntiforgeryToken(await browser.GetStringAsync($"/Payments/{other.Id}"));
    }

    public static async Task<HttpResponseMessage> PostNotifyAsync<T>(this CellCrmAppFactory<T> app, FakeNotify notify) where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PaymentNotifyEndpoint.Path)
        {
            Content = new StringContent(notify.Body, System.Text.Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in notify.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await client.SendAsync(request);
    }

    private sealed class TestSignIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var id))
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity(
                        [new Claim(PortalClaims.OpenId, "o-" + id), new Claim(PortalClaims.CustomerId, id.ToString())], "Test"));
                }

                await nextMiddleware();
            });
            next(app);
        };
    }
}
