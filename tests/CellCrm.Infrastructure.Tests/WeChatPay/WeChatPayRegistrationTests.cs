using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.WeChatPay;
using CellCrm.Infrastructure.WeChatPay.Sandbox;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.WeChatPay;

/// <summary>How the apps get their payment gateway: the sandbox in the default set-up, the API v3 client once a
/// merchant is configured.</summary>
public sealed class WeChatPayRegistrationTests(PortalFactory portal, WeChatPayPortalFactory merchantPortal)
    : IClassFixture<PortalFactory>, IClassFixture<WeChatPayPortalFactory>
{
    [Fact]
    public async Task Portal_WithoutMerchant_UsesTheSandbox()
    {
        var gateway = await portal.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IPaymentGateway>()));

        Assert.IsType<SandboxPaymentGateway>(gateway);
    }

    [Fact]
    public async Task Portal_WithMerchant_PlacesSignedOrdersWithWeChatPay()
    {
        var result = await merchantPortal.WithScopeAsync(async sp =>
        {
            var gateway = sp.GetRequiredService<IPaymentGateway>();
            Assert.IsType<WeChatPayClient>(gateway);
            return await gateway.CreateJsapiOrderAsync(WeChatPayRig.Order("PT20261127000001"), TestContext.Current.CancellationToken);
        });

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.True(Assert.Single(merchantPortal.WeChatPay.Requests).SignatureValid);
        Assert.Equal(merchantPortal.WeChatPay.Orders["PT20261127000001"].PrepayId, result.Value.PrepayId);
    }
}
