using System.Net;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.Payments;
using CellCrm.Domain.Tasks;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Payments;

/// <summary>发起收款, the 线上收款 list, and cancelling or superseding a link, each within the staff member's data scope.</summary>
public class PaymentLinkPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static List<KeyValuePair<string, string>> SendForm(string amount, string reason, string? requestKey = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.AmountYuan", amount), new("Input.Reason", reason) };
        if (requestKey is not null)
        {
            fields.Add(new("Input.RequestKey", requestKey));
        }

        return fields;
    }

    private async Task<(HttpClient Browser, Guid LinkId)> SentAsync(string amount = "6000", string reason = "7553321000033")
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var browser = await app.SignedInAsync("advisor");
        var html = await browser.ReadPageAsync($"/Payments/Create/{zhang}");
        var response = await browser.PostFormAsync($"/Payments/Create/{zhang}", Forms.AntiforgeryToken(html),
            SendForm(amount, reason, InputValue(html, "Input.RequestKey")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var linkId = await app.QueryAsync(db => db.PaymentLinks.OrderByDescending(l => l.SentAt).Select(l => l.Id).FirstAsync());
        Assert.Equal($"/Payments/Details/{linkId}", response.Headers.Location!.OriginalString);
        return (browser, linkId);
    }

    [Fact]
    public async Task Send_CreatesTheLink_ItsPaymentTask_AndA缴费通知WithTheTenMonthValidity()
    {
        var (browser, linkId) = await SentAsync();

        var link = await app.QueryAsync(db => db.PaymentLinks.AsNoTracking().SingleAsync());
        Assert.Equal((600_000L, "7553321000033", PaymentLinkState.Pending), (link.AmountFen, link.Reason, link.State));
        Assert.Equal(PaymentLink.ExpiryOf(link.SentAt), link.ExpiresAt);
        var task = await app.QueryAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CustomerTaskType.Payment, "PaymentLink", (Guid?)linkId), (task.Type, task.SubjectType, task.SubjectId));
        Assert.Equal("7553321000033，金额6,000.00元，付款链接10个月有效", task.Title);
        var message = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(TemplateKeys.PaymentNotice, message.TemplateKey);
        Assert.Equal("缴费：7553321000033，金额6,000.00元，付款链接10个月有效", message.Title);
        Assert.Equal(task.Id, message.TaskId);
        var details = Forms.VisibleText(await browser.ReadPageAsync($"/Payments/Details/{linkId}"));
        Assert.Contains("已发起收款，缴费通知正在发送（付款链接10个月有效）", details);
        Assert.Contains("付款方 张晓梅 收款理由 7553321000033 收款金额（元） 6,000.00", details);
        Assert.Contains("新建付款链接", details);
    }

    [Fact]
    public async Task Send_TheSameFormTwice_SendsOnce()
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var browser = await app.SignedInAsync("advisor");
        var html = await browser.ReadPageAsync($"/Payments/Create/{zhang}");
        var form = SendForm("100.5", "7553321000033", InputValue(html, "Input.RequestKey"));

        var first = await browser.PostFormAsync($"/Payments/Create/{zhang}", Forms.AntiforgeryToken(html), form);
        var second = await browser.PostFormAsync($"/Payments/Create/{zhang}", Forms.AntiforgeryToken(html), form);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentLinks.CountAsync()));
        Assert.Equal(10_050, await app.QueryAsync(db => db.PaymentLinks.Select(l => l.AmountFen).SingleAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.CustomerTasks.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Theory]
    [InlineData("0", "7553321000033", "Input.AmountYuan", "收款金额应在0.01至100,000,000元之间")]
    [InlineData("1.234", "7553321000033", "Input.AmountYuan", "收款金额最多两位小数")]
    [InlineData("abc", "7553321000033", "Input.AmountYuan", "请输入有效的数字")]
    [InlineData("100", "", "Input.Reason", "请填写收款理由")]
    public async Task Send_BadInput_ShowsTheFieldMessage_AndSendsNothing(string amount, string reason, string field, string message)
    {
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var browser = await app.SignedInAsync("advisor");
        var html = await browser.ReadPageAsync($"/Payments/Create/{zhang}");

        var response = await browser.PostFormAsync($"/Payments/Create/{zhang}", Forms.AntiforgeryToken(html),
            SendForm(amount, reason, InputValue(html, "Input.RequestKey")));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(message, FieldMessage(await response.Content.ReadAsStringAsync(), field));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentLinks.CountAsync()));
    }

    [Fact]
    public async Task OutsideTheDataScope_SendingAndViewingAreRefused_AndTheListHidesTheLink()
    {
        var (_, linkId) = await SentAsync();
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var other = await app.SignedInAsync("advisor2");

        AssertDenied(await other.GetAsync($"/Payments/Create/{zhang}"));
        AssertDenied(await other.GetAsync($"/Payments/Details/{linkId}"));
        Assert.DoesNotContain("7553321000033", Forms.VisibleText(await other.ReadPageAsync("/Payments")));
        Assert.Contains("张晓梅 7553321000033 6,000.00 待支付", Forms.VisibleText(await (await app.SignedInAsync("finance")).ReadPageAsync("/Payments")));
        var warehouse = await app.SignedInAsync("warehouse");
        AssertDenied(await warehouse.GetAsync("/Payments"));
    }

    [Fact]
    public async Task Cancel_WithAReason_CancelsTheLinkAndItsTask_AndIsAudited()
    {
        var (browser, linkId) = await SentAsync();
        var html = await browser.ReadPageAsync($"/Payments/Details/{linkId}");

        var empty = await browser.PostFormAsync($"/Payments/Details/{linkId}?handler=Cancel", Forms.AntiforgeryToken(html),
            [new("Version", InputValue(html, "Version")), new("CancelReason", "")]);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.True(empty.StatusCode == HttpStatusCode.OK, $"{empty.StatusCode} {empty.Headers.Location}");
        Assert.True("请填写取消原因" == FieldMessage(emptyHtml, "CancelReason"), Forms.VisibleText(emptyHtml));

        var response = await browser.PostFormAsync($"/Payments/Details/{linkId}?handler=Cancel", Forms.AntiforgeryToken(html),
            [new("Version", InputValue(html, "Version")), new("CancelReason", "金额有误")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PaymentLinkState.Cancelled, await app.QueryAsync(db => db.PaymentLinks.Select(l => l.State).SingleAsync()));
        Assert.Equal(CustomerTaskState.Cancelled, await app.QueryAsync(db => db.CustomerTasks.Select(t => t.State).SingleAsync()));
        var detailsHtml = await browser.ReadPageAsync($"/Payments/Details/{linkId}");
        var details = Forms.VisibleText(detailsHtml);
        Assert.Contains("线上收款 已取消", details);
        Assert.Contains("取消原因 金额有误", details);
        Assert.Contains("修改付款链接 状态 待支付 已取消", details.Replace(" → ", " "));
        Assert.DoesNotContain("id=\"cancel\"", detailsHtml);
    }

    [Fact]
    public async Task Supersede_SendsANewLink_AndTheOldOneIsNoLongerPayable()
    {
        var (browser, linkId) = await SentAsync();
        var html = await browser.ReadPageAsync($"/Payments/Details/{linkId}");

        var response = await browser.PostFormAsync($"/Payments/Details/{linkId}?handler=Supersede", Forms.AntiforgeryToken(html),
            [new("Version", InputValue(html, "Version")), new("Replacement.RequestKey", InputValue(html, "Replacement.RequestKey")),
             new("Replacement.AmountYuan", "5000"), new("Replacement.Reason", "7553321000033（调整）")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var links = await app.QueryAsync(db => db.PaymentLinks.AsNoTracking().OrderBy(l => l.SentAt).ToListAsync());
        Assert.Equal(2, links.Count);
        Assert.Equal((PaymentLinkState.Superseded, (Guid?)links[1].Id), (links[0].State, links[0].SupersededById));
        Assert.Equal((PaymentLinkState.Pending, 500_000L), (links[1].State, links[1].AmountFen));
        Assert.Equal($"/Payments/Details/{links[1].Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(2, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal([CustomerTaskState.Cancelled, CustomerTaskState.Pending],
            await app.QueryAsync(db => db.CustomerTasks.OrderBy(t => t.CreatedAt).Select(t => t.State).ToListAsync()));
    }
}
