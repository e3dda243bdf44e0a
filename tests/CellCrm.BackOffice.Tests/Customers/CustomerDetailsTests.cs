using System.Net;
using CellCrm.Domain.Common;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>/Customers/Details/{id}: full profile, follow-ups, and the per-record check on every handler.</summary>
public class CustomerDetailsTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Details_AsOwner_ShowsFullMobileAndIdNumber()
    {
        var browser = await app.SignedInAsync("advisor");

        var text = Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{await app.CustomerIdAsync(ZhangMobile)}"));

        Assert.Contains("手机号码 " + ZhangMobile, text);
        Assert.Contains("证件号码 " + ZhangIdNumber, text);
        Assert.Contains("负责人 郭顾问", text);
        Assert.Contains("所属部门 深圳一组", text);
        Assert.Contains("新建客户", text);
    }

    [Fact]
    public async Task Details_UnknownId_IsNotFound()
    {
        var browser = await app.SignedInAsync("admin");

        var response = await browser.GetAsync($"/Customers/Details/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AddFollowUp_WithFutureNextTime_IsListedAndTimeIsChinaTime()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var url = $"/Customers/Details/{zhang}";
        var next = ChinaTime.ToChina(DateTimeOffset.UtcNow).AddDays(3);
        var nextLocal = new DateTime(next.Year, next.Month, next.Day, 9, 30, 0);

        var response = await browser.SubmitAsync(url, [
            new("FollowUp.Type", "WeChat"), new("FollowUp.Content", "微信沟通，客户考虑储存方案"),
            new("FollowUp.NextAt", nextLocal.ToString("yyyy-MM-ddTHH:mm"))], url + "?handler=FollowUp");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var followUp = await app.QueryAsync(db => db.FollowUps.SingleAsync(f => f.CustomerId == zhang));
        Assert.Equal(new DateTimeOffset(nextLocal, TimeSpan.FromHours(8)), followUp.NextAt);
        var text = Forms.VisibleText(await browser.ReadPageAsync(url));
        Assert.Contains("已添加跟进记录", text);
        Assert.Contains("微信沟通，客户考虑储存方案", text);
        Assert.Contains($"郭顾问 · 微信 · 下次跟进 {nextLocal:yyyy-MM-dd} 09:30", text);
        Assert.Equal(followUp.NextAt, (await app.FindCustomerAsync(ZhangMobile))!.NextFollowUpAt);
    }

    [Fact]
    public async Task AddFollowUp_WithPastNextTime_IsRejectedWithMessage()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var url = $"/Customers/Details/{zhang}";

        var response = await browser.SubmitAsync(url, [
            new("FollowUp.Type", "Phone"), new("FollowUp.Content", "电话未接通"), new("FollowUp.NextAt", "2020-01-01T10:00")], url + "?handler=FollowUp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("下次跟进时间应晚于现在", FieldMessage(html, "FollowUp.NextAt"));
        Assert.Equal("电话未接通", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<textarea[^>]*name=\"FollowUp.Content\"[^>]*>\\s*([^<]*)</textarea>").Groups[1].Value.Trim()));
        Assert.Equal(0, await app.QueryAsync(db => db.FollowUps.CountAsync()));
    }

    [Fact]
    public async Task AddFollowUp_WithoutContent_IsRejectedWithMessage()
    {
        var browser = await app.SignedInAsync("advisor");
        var url = $"/Customers/Details/{await app.CustomerIdAsync(ZhangMobile)}";

        var response = await browser.SubmitAsync(url, [new("FollowUp.Type", "Phone"), new("FollowUp.Content", "")], url + "?handler=FollowUp");

        Assert.Equal("请填写跟进内容", FieldMessage(await response.Content.ReadAsStringAsync(), "FollowUp.Content"));
        Assert.Equal(0, await app.QueryAsync(db => db.FollowUps.CountAsync()));
    }

    [Theory]
    [InlineData("/Customers/Details/{0}")]
    [InlineData("/Customers/Edit/{0}")]
    public async Task Get_OtherAdvisorsCustomerByUrl_IsDenied(string pattern)
    {
        var browser = await app.SignedInAsync("advisor");
        var liu = await app.CustomerIdAsync(LiuMobile);

        var response = await browser.GetAsync(string.Format(pattern, liu));

        AssertDenied(response);
    }

    [Fact]
    public async Task PostFollowUp_ToOtherAdvisorsCustomer_IsDeniedAndStoresNothing()
    {
        var browser = await app.SignedInAsync("advisor");
        var liu = await app.CustomerIdAsync(LiuMobile);
        var token = Forms.AntiforgeryToken(await browser.ReadPageAsync("/Customers/Create"));

        var response = await browser.PostFormAsync($"/Customers/Details/{liu}?handler=FollowUp", token,
            [new("FollowUp.Type", "Phone"), new("FollowUp.Content", "越权跟进")]);

        AssertDenied(response);
        Assert.Equal(0, await app.QueryAsync(db => db.FollowUps.CountAsync()));
    }

    [Fact]
    public async Task PostEdit_ToOtherAdvisorsCustomer_IsDeniedAndChangesNothing()
    {
        var browser = await app.SignedInAsync("advisor");
        var liu = await app.CustomerIdAsync(LiuMobile);
        var token = Forms.AntiforgeryToken(await browser.ReadPageAsync("/Customers/Create"));

        var response = await browser.PostFormAsync($"/Customers/Edit/{liu}", token, Form("刘强改", LiuMobile, ("Family", "Keep")));

        AssertDenied(response);
        Assert.Equal("刘强", (await app.FindCustomerAsync(LiuMobile))!.Name);
    }

    [Fact]
    public async Task Details_AsLeader_OpensOwnTeamsCustomerButNotOtherTeams()
    {
        var browser = await app.SignedInAsync("leader");

        var own = await browser.GetAsync($"/Customers/Details/{await app.CustomerIdAsync(ZhangMobile)}");
        var other = await browser.GetAsync($"/Customers/Details/{await app.CustomerIdAsync(LiuMobile)}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        AssertDenied(other);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("service")]
    public async Task Details_AsCentralRole_OpensAnyDepartmentsCustomer(string userName)
    {
        var browser = await app.SignedInAsync(userName);

        var html = await browser.ReadPageAsync($"/Customers/Details/{await app.CustomerIdAsync(LiuMobile)}");

        Assert.Contains("刘强", html);
        Assert.Contains(LiuMobile, html);
    }
}
