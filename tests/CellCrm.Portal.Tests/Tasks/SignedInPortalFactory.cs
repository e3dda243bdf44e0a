using CellCrm.Portal.Identity;
using System.Security.Claims;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Services.Tasks;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Tasks;

/// <summary>The portal with a test sign-in in front of the pipeline: a request carrying <see cref="Header"/> is signed
/// in as that customer, with the same "customer_id" claim the WeChat sign-in issues once the openid is bound.</summary>
public sealed class SignedInPortalFactory : PortalFactory
{
    public const string Header = "X-Test-Customer";

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, TestSignIn>();

    /// <summary>Empties the database and adds the customers the tests use (the portal seeds no demo data itself).</summary>
    public async Task ResetWithCustomersAsync()
    {
        await ResetAsync();
        await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var now = DateTimeOffset.UtcNow;
            foreach (var (name, mobile) in new[] { ("张晓梅", OutboxTestData.ZhangMobile), ("李建国", OutboxTestData.LiMobile), ("王丽", OutboxTestData.WangMobile) })
            {
                db.Customers.Add(new Customer(new CustomerProfile { Name = name, Mobile = mobile }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), now));
            }

            await db.SaveChangesAsync();
        });
    }

    public HttpClient BrowserOf(Guid customerId)
    {
        var browser = CreateBrowser();
        browser.DefaultRequestHeaders.Add(Header, customerId.ToString());
        return browser;
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
                        [new Claim("openid", "o-test"), new Claim(PortalClaims.CustomerId, id.ToString())], "Test"));
                }

                await nextMiddleware();
            });
            next(app);
        };
    }
}
