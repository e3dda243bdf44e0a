using CellCrm.Domain.Tasks;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Tasks;

/// <summary>沙箱消息: what the sandbox senders recorded, for administrators and advisors only.</summary>
public class SandboxPageTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("admin")]
    [InlineData("advisor")]
    public async Task SandboxMessages_ListsWhatWasSent_WithTheDeepLink(string userName)
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, "o-zhang-page");
        var task = (await app.PushAsync(zhang, CustomerTaskType.Payment, "首期款缴费通知")).TaskId;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await app.QueryAsync(db => db.SandboxMessages.AnyAsync()))
        {
            Assert.True(DateTime.UtcNow < deadline, "Nothing reached the sandbox within 60 s." + JobDiagnostics.Describe(app));
            await Task.Delay(250);
        }

        var browser = await app.SignedInAsync(userName);
        var html = await browser.ReadPageAsync("/Sandbox/Messages");

        var text = Forms.VisibleText(html);
        Assert.Contains("沙箱消息", text);
        Assert.Contains("微信模板消息 o-zhang-page PaymentNotice", text);
        Assert.Contains("首期款缴费通知", text);
        Assert.Contains($"href=\"/Tasks/{task}\"", html);
    }

    [Fact]
    public async Task SandboxMessages_IsDeniedToOtherRoles()
    {
        var finance = await app.SignedInAsync("finance");

        AssertDenied(await finance.GetAsync("/Sandbox/Messages"));
    }
}
