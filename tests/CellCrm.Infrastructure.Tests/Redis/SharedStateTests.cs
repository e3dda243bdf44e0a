using System.Net;
using CellCrm.BackOffice;
using CellCrm.Portal;
using CellCrm.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Tests.Redis;

/// <summary>Several nodes behind a load balancer: sign-in cookies, data-protection keys and cached state must
/// work on every node, because they live in Redis, not in one process.</summary>
public class SharedStateTests(BackOfficeFactory nodeA) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await nodeA.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SignInOnOneNode_IsValidOnAnother()
    {
        await using var nodeB = JoinedNode<BackOfficeApp>.Of(nodeA);
        var cookie = await SignInByHandAsync(nodeA, "advisor");

        var onB = nodeB.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        var response = await onB.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("郭顾问", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var keys = nodeA.Services.GetRequiredService<IConnectionMultiplexer>().GetServers().Single().Keys(pattern: nodeA.RedisPrefix + "*");
        Assert.Contains(keys, k => k.ToString().EndsWith("data-protection-keys"));
    }

    [Fact]
    public async Task PortalAndBackOffice_ShareKeysAndCache()
    {
        await using var portal = JoinedNode<PortalApp>.Of(nodeA);
        var protectedText = nodeA.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("共享");
        Assert.Equal("共享", portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));

        await nodeA.Services.GetRequiredService<IDistributedCache>().SetStringAsync("k", "值", TestContext.Current.CancellationToken);
        Assert.Equal("值", await portal.Services.GetRequiredService<IDistributedCache>().GetStringAsync("k", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Health_ReportsMySqlAndRedis()
    {
        var body = await nodeA.CreateBrowser().GetStringAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Contains("\"database\":{\"status\":\"Healthy\",\"detail\":\"MySql\"}", body);
        Assert.Contains("\"redis\":{\"status\":\"Healthy\",\"detail\":\"ping", body);
    }

    /// <summary>Signs in on one node without a cookie container and returns the Cookie header a browser would
    /// send next, so it can be replayed against another node.</summary>
    private static async Task<string> SignInByHandAsync(BackOfficeFactory node, string userName)
    {
        var client = node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        var page = await client.GetAsync("/Account/Login");
        var cookies = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var token = Forms.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent([new("Input.UserName", userName), new("Input.Password", "cellcrm2026"), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        var signedIn = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
