using System.Net;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Domain.Messaging;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Tasks;

/// <summary>推送任务 from the customer page: scope, the real-name rule, validation, one push per form, and the
/// delivery state on the customer's task list.</summary>
public class TaskPushPageTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static List<KeyValuePair<string, string>> Form(string type, string title, string due = "") =>
        [new("Input.Type", type), new("Input.Title", title), new("Input.DueDate", due)];

    private static async Task<HttpResponseMessage> SubmitPushAsync(HttpClient browser, string url, List<KeyValuePair<string, string>> form)
    {
        var html = await browser.ReadPageAsync(url);
        form.Add(new("Input.RequestKey", InputValue(html, "Input.RequestKey")));
        return await browser.PostFormAsync(url, Forms.AntiforgeryToken(html), form);
    }

    [Fact]
    public async Task Push_AsOwner_ListsTheTaskOnTheCustomerPage_WithItsDeliveryState()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var response = await SubmitPushAsync(browser, $"/Customers/Tasks/Push/{zhang}", Form("HealthSurvey", "请填写健康调查表", DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Customers/Details/{zhang}#tasks", response.Headers.Location?.OriginalString);
        var task = await app.QueryAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync());
        Assert.Equal(zhang, task.CustomerId);
        Assert.Equal("郭顾问", task.CreatedByName);
        var text = Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{zhang}"));
        Assert.Contains("已推送任务，消息正在发送", text);
        Assert.Contains("健康调查 请填写健康调查表", text);
        // 张晓梅 has no openid yet: the delivery job sends the notice by SMS (sandbox) and the page says so.
        await WaitUntilAsync(async () => await app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.State == OutboxState.FellBackToSms)),
            async () => string.Join("; ", await app.QueryAsync(db => db.OutboxMessages.Select(m => $"{m.State} {m.Channel} {m.Attempts} {m.LastError} {m.ClaimedUntil}").ToListAsync()))
                + JobDiagnostics.Describe(app));
        text = Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{zhang}"));
        Assert.Contains("已转短信 短信 · 尝试2次", text);
    }

    [Fact]
    public async Task Push_SigningTaskToUnverifiedCustomer_ShowsTheRuleAndStoresNothing()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var response = await SubmitPushAsync(browser, $"/Customers/Tasks/Push/{zhang}", Form("ContractSigning", "请签署细胞储存合同"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("客户未实名，无法推送", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.Type"));
        Assert.Equal(0, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Push_SigningTaskToVerifiedCustomer_IsAccepted()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await app.VerifyAsync(zhang, "o-zhang");

        var response = await SubmitPushAsync(browser, $"/Customers/Tasks/Push/{zhang}", Form("ContractSigning", "请签署细胞储存合同"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));
    }

    [Fact]
    public async Task Push_WithoutTitle_ShowsFieldMessage()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var response = await SubmitPushAsync(browser, $"/Customers/Tasks/Push/{zhang}", Form("Payment", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请填写任务标题", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.Title"));
        Assert.Equal(0, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));
    }

    [Fact]
    public async Task Push_SameFormSubmittedTwice_PushesOnce()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var url = $"/Customers/Tasks/Push/{zhang}";
        var html = await browser.ReadPageAsync(url);
        var token = Forms.AntiforgeryToken(html);
        var form = Form("Payment", "首期款缴费");
        form.Add(new("Input.RequestKey", InputValue(html, "Input.RequestKey")));

        var first = await browser.PostFormAsync(url, token, form);
        var second = await browser.PostFormAsync(url, token, form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Contains("该任务已推送，未重复推送", Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{zhang}")));
    }

    [Fact]
    public async Task Push_StaffWithoutTheCustomerInScope_IsDenied_AndNothingIsStored()
    {
        var owner = await app.SignedInAsync("advisor");
        var outsider = await app.SignedInAsync("advisor2");
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var url = $"/Customers/Tasks/Push/{zhang}";
        // The outsider replays a form taken from a page they could open (the owner's), with their own token.
        var ownerHtml = await owner.ReadPageAsync(url);
        var outsiderToken = Forms.AntiforgeryToken(await outsider.ReadPageAsync("/Customers"));

        AssertDenied(await outsider.GetAsync(url));
        var post = await outsider.PostFormAsync(url, outsiderToken,
            [.. Form("Reminder", "越权推送"), new("Input.RequestKey", InputValue(ownerHtml, "Input.RequestKey"))]);

        AssertDenied(post);
        Assert.Equal(0, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<Task<string>> describe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Condition not met within 60 s: " + await describe());
            await Task.Delay(250);
        }
    }
}
