using System.Net;
using System.Text.Json;
using CellCrm.Testing;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Bench;

/// <summary>/bench/floor/{id}: one primary-key read behind the same sign-in and data scope as the customer list.</summary>
public class BenchFloorTests(BenchBackOfficeFactory app) : IClassFixture<BenchBackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Floor_AsAdmin_ReturnsTheCustomersIdAndVersion()
    {
        var id = await app.CustomerIdAsync(ZhangMobile);
        var browser = await app.SignedInAsync("admin");

        var response = await browser.GetAsync($"/bench/floor/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(id, json.RootElement.GetProperty("id").GetGuid());
        Assert.Equal(0, json.RootElement.GetProperty("version").GetInt32());
        Assert.DoesNotContain(ZhangMobile, json.RootElement.GetRawText());
    }

    [Fact]
    public async Task Floor_AsAdvisor_AnotherAdvisorsCustomer_IsNotFound()
    {
        var own = await app.CustomerIdAsync(ZhangMobile);
        var others = await app.CustomerIdAsync(LiuMobile);
        var browser = await app.SignedInAsync("advisor");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/bench/floor/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/bench/floor/{others}")).StatusCode);
    }

    [Fact]
    public async Task Floor_UnknownId_IsNotFound()
    {
        var browser = await app.SignedInAsync("admin");

        var response = await browser.GetAsync($"/bench/floor/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Floor_SignedOut_RedirectsToSignIn()
    {
        var id = await app.CustomerIdAsync(ZhangMobile);

        var response = await app.CreateBrowser().GetAsync($"/bench/floor/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }
}

/// <summary>Without Bench:Enabled (every normal installation) the floor endpoint does not exist.</summary>
public class BenchFloorDisabledTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Floor_WhenBenchNotEnabled_IsNotMapped()
    {
        var id = await app.CustomerIdAsync(ZhangMobile);
        var browser = await app.SignedInAsync("admin");

        var response = await browser.GetAsync($"/bench/floor/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(id.ToString(), await response.Content.ReadAsStringAsync());
    }
}
