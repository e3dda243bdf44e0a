using System.Net;
using System.Text.Json;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Tasks;

/// <summary>批量推送 runs as a job; its progress page polls a status the job keeps up to date.</summary>
public class BulkPushPageTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task BulkPush_RunsInTheBackground_AndTheProgressReachesAllTaggedCustomers()
    {
        foreach (var mobile in new[] { ZhangMobile, LiMobile, LiuMobile })
        {
            await app.SetTagsAsync(await app.CustomerIdAsync(mobile), "复诊提醒");
        }

        var browser = await app.SignedInAsync("advisor");

        var response = await browser.SubmitAsync("/Tasks/BulkPush", [
            new("Input.Tag", "复诊提醒"), new("Input.Type", "Reminder"), new("Input.Title", "请按时复诊"), new("Input.DueDate", "")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var progressUrl = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Tasks/BulkPush/Progress/", progressUrl);
        Assert.Contains("批量推送进度", Forms.VisibleText(await browser.ReadPageAsync(progressUrl)));
        JsonElement status = default;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(250);
            status = JsonDocument.Parse(await browser.GetStringAsync(progressUrl + "?handler=Status")).RootElement;
        }
        while (!status.GetProperty("finished").GetBoolean() && DateTime.UtcNow < deadline);

        Assert.True(status.GetProperty("finished").GetBoolean(), JobDiagnostics.Describe(app));
        Assert.Equal(100, status.GetProperty("percent").GetInt32());
        // 刘强 is advisor2's customer: outside the requester's scope.
        Assert.Equal(2, status.GetProperty("total").GetInt32());
        Assert.Equal(2, status.GetProperty("pushed").GetInt32());
        Assert.Equal(2, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Contains("状态： 已完成 · 共 2 位客户， 已推送 2", Forms.VisibleText(await browser.ReadPageAsync(progressUrl)));
    }

    [Fact]
    public async Task Progress_OfAnotherStaffMembersRun_IsNotFound()
    {
        var advisor = await app.SignedInAsync("advisor");
        var response = await advisor.SubmitAsync("/Tasks/BulkPush", [
            new("Input.Tag", "无人"), new("Input.Type", "Reminder"), new("Input.Title", "提醒"), new("Input.DueDate", "")]);
        var progressUrl = response.Headers.Location!.OriginalString;

        var other = await app.SignedInAsync("advisor2");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(progressUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(progressUrl + "?handler=Status")).StatusCode);
    }

    [Fact]
    public async Task BulkPush_WithoutTag_ShowsFieldMessage()
    {
        var browser = await app.SignedInAsync("advisor");

        var response = await browser.SubmitAsync("/Tasks/BulkPush", [
            new("Input.Tag", ""), new("Input.Type", "Reminder"), new("Input.Title", "提醒"), new("Input.DueDate", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请填写客户标签", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.Tag"));
        Assert.Equal(0, await app.QueryAsync(db => db.BulkPushRuns.CountAsync()));
    }

    [Fact]
    public async Task BulkPush_IsDeniedToRolesWithoutCustomers()
    {
        var finance = await app.SignedInAsync("finance");

        AssertDenied(await finance.GetAsync("/Tasks/BulkPush"));
    }
}
