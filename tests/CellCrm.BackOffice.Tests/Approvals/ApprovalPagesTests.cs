using System.Net;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Approvals;

/// <summary>The to-do inbox, approval detail page, share request page, pool and recycle bin over HTTP.</summary>
public class ApprovalPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ShareRequestPage_SubmitsToTheDivisionLeadersInbox()
    {
        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        var response = await advisor2.SubmitAsync("/Customers/Share/Request?mobile=13800138000",
            [new("Input.Type", "Customer"), new("Input.Name", "张晓梅"), new("Input.Mobile", "13800138000"), new("Input.Reason", "客户到我院咨询")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var division = app.CreateBrowser();
        await division.SignInAsync("division");
        var inbox = Forms.VisibleText(await division.GetStringAsync("/Approvals"));
        Assert.Contains("跨部门客户共享：张晓梅", inbox);
        Assert.Contains("陈顾问", inbox);
    }

    [Fact]
    public async Task ShareRequestPage_WithInvalidMobile_ShowsTheFieldMessage_AndCreatesNothing()
    {
        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        var response = await advisor2.SubmitAsync("/Customers/Share/Request",
            [new("Input.Type", "Customer"), new("Input.Name", "张晓梅"), new("Input.Mobile", "1380013800"), new("Input.Reason", "原因")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("手机号码应为11位中国大陆手机号", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().CustomerShares.CountAsync()));
    }

    [Fact]
    public async Task ApprovalDetails_IsForbiddenToStaffNotInvolved_AndActionsToo()
    {
        var requestId = await RequestShareAsync();
        var outsider = app.CreateBrowser();
        await outsider.SignInAsync("advisor");

        var page = await outsider.GetAsync($"/Approvals/Details/{requestId}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/AccessDenied", page.Headers.Location!.ToString());

        var division = app.CreateBrowser();
        await division.SignInAsync("division");
        var html = await division.GetStringAsync($"/Approvals/Details/{requestId}");
        var post = await outsider.PostFormAsync($"/Approvals/Details/{requestId}?handler=Approve", Forms.AntiforgeryToken(await outsider.GetStringAsync("/")), []);
        Assert.Contains("/Account/AccessDenied", post.Headers.Location!.ToString());
        Assert.Contains("同意", Forms.VisibleText(html));
        Assert.Equal(CustomerShareStatus.PendingApproval, await ShareStatusAsync());
    }

    [Fact]
    public async Task RejectWithoutComment_IsRefusedWithAMessage_ThenRejectWithComment_Works()
    {
        var requestId = await RequestShareAsync();
        var division = app.CreateBrowser();
        await division.SignInAsync("division");

        await division.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "")], $"/Approvals/Details/{requestId}?handler=Reject");
        Assert.Contains("驳回时请填写意见", Forms.VisibleText(await division.GetStringAsync($"/Approvals/Details/{requestId}")));
        Assert.Equal(CustomerShareStatus.PendingApproval, await ShareStatusAsync());

        await division.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "请先与原顾问沟通")], $"/Approvals/Details/{requestId}?handler=Reject");
        Assert.Equal(CustomerShareStatus.Rejected, await ShareStatusAsync());

        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        var mine = Forms.VisibleText(await advisor2.GetStringAsync("/Approvals?Tab=Mine"));
        Assert.Contains("已驳回", mine);
        await advisor2.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "已沟通")], $"/Approvals/Details/{requestId}?handler=Resubmit");
        Assert.Equal(CustomerShareStatus.PendingApproval, await ShareStatusAsync());
    }

    [Fact]
    public async Task Snooze_MovesTheItemBetweenTabs()
    {
        var requestId = await RequestShareAsync();
        var division = app.CreateBrowser();
        await division.SignInAsync("division");

        await division.SubmitAsync($"/Approvals/Details/{requestId}", [], $"/Approvals/Details/{requestId}?handler=Snooze&snooze=true");

        Assert.DoesNotContain("跨部门客户共享：张晓梅", Forms.VisibleText(await division.GetStringAsync("/Approvals?Tab=Todo")));
        Assert.Contains("跨部门客户共享：张晓梅", Forms.VisibleText(await division.GetStringAsync("/Approvals?Tab=Snoozed")));
    }

    [Fact]
    public async Task PoolAndRecycleBin_Pages_ReleaseClaimDeleteRestore()
    {
        var wangLi = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "王丽").Select(c => c.Id).SingleAsync());
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");

        await advisor.SubmitAsync("/Customers/Pool", [new("Selected", wangLi.ToString())], "/Customers/Pool?handler=Release");
        Assert.Contains("王丽", Forms.VisibleText(await advisor.GetStringAsync("/Customers/Pool")));

        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        await advisor2.SubmitAsync("/Customers/Pool", [new("Selected", wangLi.ToString())], "/Customers/Pool?handler=Claim");
        var pool = Forms.VisibleText(await advisor2.GetStringAsync("/Customers/Pool"));
        Assert.Contains("1 位客户来自其他组，已提交原组长审核", pool);
        Assert.Contains("分配审核中", pool);

        var leader = app.CreateBrowser();
        await leader.SignInAsync("leader");
        Assert.Contains("公海客户分配：王丽 → 陈顾问", Forms.VisibleText(await leader.GetStringAsync("/Approvals")));

        var another = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "张晓梅").Select(c => c.Id).SingleAsync());
        await advisor.SubmitAsync("/Customers/RecycleBin", [new("Selected", another.ToString())], "/Customers/RecycleBin?handler=Delete");
        Assert.Contains("张晓梅", Forms.VisibleText(await advisor.GetStringAsync("/Customers/RecycleBin")));
        Assert.DoesNotContain("张晓梅", Forms.VisibleText(await advisor2.GetStringAsync("/Customers/RecycleBin")));
        await advisor.SubmitAsync("/Customers/RecycleBin", [new("Selected", another.ToString())], "/Customers/RecycleBin?handler=Restore");
        Assert.Equal(CustomerStatus.Active, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers
            .Where(c => c.Id == another).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task PoolCustomer_IsViewableByAnyone_ButNotEditable_RecycledOnlyByTheDeleter()
    {
        var wangLi = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "王丽").Select(c => c.Id).SingleAsync());
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor2.GetAsync($"/Customers/Details/{wangLi}")).StatusCode);

        await advisor.SubmitAsync("/Customers/Pool", [new("Selected", wangLi.ToString())], "/Customers/Pool?handler=Release");
        Assert.Equal(HttpStatusCode.OK, (await advisor2.GetAsync($"/Customers/Details/{wangLi}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.GetAsync($"/Customers/Edit/{wangLi}")).StatusCode);
        Assert.DoesNotContain("王丽", Forms.VisibleText(await advisor.GetStringAsync("/Customers")));

        // An advisor (own scope) may not delete a pool customer; a leader may, and then only the leader sees it.
        await advisor.SubmitAsync("/Customers/RecycleBin", [new("Selected", wangLi.ToString())], "/Customers/RecycleBin?handler=Delete");
        Assert.Contains("您无权删除客户“王丽”", Forms.VisibleText(await advisor.GetStringAsync("/Customers/RecycleBin")));
        Assert.Equal(CustomerStatus.InPool, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers
            .Where(c => c.Id == wangLi).Select(c => c.Status).SingleAsync()));

        var leader = app.CreateBrowser();
        await leader.SignInAsync("leader");
        await leader.SubmitAsync("/Customers/RecycleBin", [new("Selected", wangLi.ToString())], "/Customers/RecycleBin?handler=Delete");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/Customers/Details/{wangLi}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.GetAsync($"/Customers/Details/{wangLi}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await advisor2.GetAsync($"/Customers/Details/{wangLi}")).StatusCode);
    }

    [Fact]
    public async Task CustomerList_ReleasesTheSelectedCustomers_AndReturnsToTheList()
    {
        var wangLi = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "王丽").Select(c => c.Id).SingleAsync());
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var list = await advisor.GetStringAsync("/Customers");
        Assert.Contains("释放到公海", list);
        Assert.Contains($"value=\"{wangLi}\"", list);

        var response = await advisor.SubmitAsync("/Customers", [new("Selected", wangLi.ToString()), new("ReturnUrl", "/Customers?Keyword=王")],
            "/Customers/Pool?handler=Release");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Customers?Keyword=王", Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
        Assert.Equal(CustomerStatus.InPool, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers
            .Where(c => c.Id == wangLi).Select(c => c.Status).SingleAsync()));

        // A foreign return address is ignored: the action goes back to its own page.
        var zhang = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "张晓梅").Select(c => c.Id).SingleAsync());
        response = await advisor.SubmitAsync("/Customers", [new("Selected", zhang.ToString()), new("ReturnUrl", "https://evil.example/")],
            "/Customers/RecycleBin?handler=Delete");
        Assert.Equal("/Customers/RecycleBin", response.Headers.Location!.OriginalString);

        // The pool customer's detail page offers 分配给我 instead of editing.
        var html = await advisor.GetStringAsync($"/Customers/Details/{wangLi}");
        var details = Forms.VisibleText(html);
        Assert.Contains("公海客户", details);
        Assert.Contains("分配给我", details);
        Assert.DoesNotContain($"/Customers/Edit/{wangLi}", html);
    }

    [Fact]
    public async Task ApprovalFlowsAdmin_IsForAdminsOnly_AndListsTheSeededFlows()
    {
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.GetAsync("/Admin/ApprovalFlows")).StatusCode);

        var admin = app.CreateBrowser();
        await admin.SignInAsync("admin");
        var text = Forms.VisibleText(await admin.GetStringAsync("/Admin/ApprovalFlows"));
        Assert.Contains("跨部门客户共享审批", text);
        Assert.Contains("分管领导审批", text);
        Assert.Contains("金额≥50000元", text);
    }

    [Fact]
    public async Task JobDashboard_IsForAdminsOnly()
    {
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        Assert.NotEqual(HttpStatusCode.OK, (await advisor.GetAsync("/jobs")).StatusCode);

        var admin = app.CreateBrowser();
        await admin.SignInAsync("admin");
        var dashboard = await admin.GetAsync("/jobs/recurring");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("customer-share-reclaim", await dashboard.Content.ReadAsStringAsync());
    }

    private async Task<Guid> RequestShareAsync() => await app.WithScopeAsync(async sp =>
    {
        var share = await sp.GetRequiredService<CustomerShareService>().RequestAsync(
            new ShareRequestInput(ShareType.Customer, "张晓梅", "13800138000", "客户在我方合作医院建档"),
            await sp.RefAsync("advisor2"), await sp.ScopeAsync("advisor2"), CancellationToken.None);
        return await sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests.Where(r => r.SubjectId == share.Id).Select(r => r.Id).SingleAsync();
    });

    private Task<CustomerShareStatus> ShareStatusAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().CustomerShares.Select(s => s.Status).SingleAsync());
}
