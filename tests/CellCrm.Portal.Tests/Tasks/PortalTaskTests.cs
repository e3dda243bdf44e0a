using System.Net;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Portal.Tests.Tasks;

/// <summary>The customer's 待办/已办 and 消息 in the portal: only their own, never another customer's.</summary>
public class PortalTaskTests(SignedInPortalFactory app) : IClassFixture<SignedInPortalFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetWithCustomersAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task CompleteAsync(Guid taskId) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Infrastructure.Persistence.CellCrmDbContext>();
        (await db.CustomerTasks.SingleAsync(t => t.Id == taskId)).Complete(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Home_ShowsOwnPendingAndDoneTasks_Only()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var li = await app.CustomerIdAsync(LiMobile);
        await app.PushAsync(zhang, CustomerTaskType.HealthSurvey, "请填写健康调查表");
        var done = (await app.PushAsync(zhang, CustomerTaskType.ExamChecklist, "请查看体检清单")).TaskId;
        await app.PushAsync(li, CustomerTaskType.Payment, "李建国的缴费通知");
        await CompleteAsync(done);

        var text = Forms.VisibleText(await app.BrowserOf(zhang).GetStringAsync("/"));

        Assert.Contains("我的待办 请填写健康调查表 健康调查 已办 请查看体检清单 体检清单 · 已完成", text);
        Assert.DoesNotContain("李建国的缴费通知", text);
    }

    [Fact]
    public async Task Home_SignedOut_SendsToSignIn()
    {
        var response = await app.CreateBrowser().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/SignIn", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TaskPage_OwnTask_IsShown_AnotherCustomersTask_IsNotFound()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var li = await app.CustomerIdAsync(LiMobile);
        var own = (await app.PushAsync(zhang, CustomerTaskType.HealthSurvey, "请填写健康调查表")).TaskId;
        var others = (await app.PushAsync(li, CustomerTaskType.Payment, "李建国的缴费通知")).TaskId;
        var browser = app.BrowserOf(zhang);

        var ownPage = await browser.GetAsync($"/Tasks/{own}");
        var otherPage = await browser.GetAsync($"/Tasks/{others}");

        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Contains("请填写健康调查表 健康调查 · 待处理", Forms.VisibleText(await ownPage.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        Assert.DoesNotContain("李建国的缴费通知", await otherPage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Messages_ListsOwnInbox_AndOpeningMarksReadAndFollowsTheLink()
    {
        var wang = await app.CustomerIdAsync(WangMobile);
        var li = await app.CustomerIdAsync(LiMobile);
        // Neither has an openid: delivery falls back to SMS (sandbox) and the portal inbox.
        var task = (await app.PushAsync(wang, CustomerTaskType.ReportUpload, "请上传体检报告")).TaskId;
        await app.PushAsync(li, CustomerTaskType.Reminder, "李建国的提醒");
        await app.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None));
        var browser = app.BrowserOf(wang);

        var html = await browser.GetStringAsync("/Messages");
        var text = Forms.VisibleText(html);

        Assert.Contains("● 报告上传：请上传体检报告", text);
        Assert.DoesNotContain("李建国的提醒", text);
        Assert.Contains("1条未读", Forms.VisibleText(await browser.GetStringAsync("/")));
        var message = await app.DbAsync(db => db.PortalMessages.AsNoTracking().SingleAsync(m => m.CustomerId == wang));
        var open = await browser.PostFormAsync("/Messages?handler=Open", Forms.AntiforgeryToken(html), [new("messageId", message.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/Tasks/{task}", open.Headers.Location?.OriginalString);
        Assert.NotNull(await app.DbAsync(db => db.PortalMessages.Where(m => m.Id == message.Id).Select(m => m.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Messages_OpeningAnotherCustomersMessage_IsNotFound_AndLeavesItUnread()
    {
        var wang = await app.CustomerIdAsync(WangMobile);
        var li = await app.CustomerIdAsync(LiMobile);
        await app.PushAsync(li, CustomerTaskType.Reminder, "李建国的提醒");
        await app.PushAsync(wang, CustomerTaskType.Reminder, "王丽的提醒");
        await app.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None));
        var message = await app.DbAsync(db => db.PortalMessages.AsNoTracking().SingleAsync(m => m.CustomerId == li));
        var browser = app.BrowserOf(wang);
        var html = await browser.GetStringAsync("/Messages");

        var open = await browser.PostFormAsync("/Messages?handler=Open", Forms.AntiforgeryToken(html), [new("messageId", message.Id.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Null(await app.DbAsync(db => db.PortalMessages.Where(m => m.Id == message.Id).Select(m => m.ReadAt).SingleAsync()));
    }
}
