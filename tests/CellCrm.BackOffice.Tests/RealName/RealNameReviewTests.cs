using System.Net;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.RealName;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.RealName;

/// <summary>The 实名审核 queue: customer service (and admins) approve or reject manual reviews; others are refused.</summary>
public class RealNameReviewTests(RealNameApps apps) : IClassFixture<RealNameApps>, IAsyncLifetime
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Queue_ShowsPendingReviewsWithTheCountdown_AndHighlightsOverdueOnes()
    {
        await SubmitAsync("sandbox-openid-1", "张晓梅", "440305198503120028", "13800138000");
        var service = apps.BackOffice.CreateBrowser();
        await service.SignInAsync("service");

        var html = await service.GetStringAsync("/RealName");
        Assert.Contains("张晓梅", Forms.VisibleText(html));
        Assert.Matches("剩余 2[34]小时", Forms.VisibleText(html));
        Assert.DoesNotContain("table-danger overdue", html);

        apps.BackOffice.Clock.Advance(TimeSpan.FromHours(25));
        service = apps.BackOffice.CreateBrowser();
        await service.SignInAsync("service");
        html = await service.GetStringAsync("/RealName");
        Assert.Contains("table-danger overdue", html);
        Assert.Contains("已超时 1小时", Forms.VisibleText(html));
        Assert.Contains("已超时 1 条", Forms.VisibleText(html));
        Assert.Contains("张晓梅", Forms.VisibleText(await service.GetStringAsync("/RealName?OverdueOnly=true")));
        Assert.DoesNotContain("张晓梅", Forms.VisibleText(await service.GetStringAsync("/RealName?Status=Approved")));
    }

    [Fact]
    public async Task Advisor_IsRefused_TheQueueTheDetailAndThePhotos()
    {
        var id = await SubmitAsync("sandbox-openid-1", "张晓梅", "440305198503120028", "13800138000");
        var advisor = apps.BackOffice.CreateBrowser();
        await advisor.SignInAsync("advisor");

        foreach (var url in new[] { "/RealName", $"/RealName/Details/{id}", $"/RealName/Details/{id}?handler=Photo&side=front" })
        {
            var response = await advisor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
        }

        // The advisor's own valid token (from the sign-out form): the role check, not antiforgery, refuses.
        var token = Forms.AntiforgeryToken(await advisor.GetStringAsync("/"));
        var customerId = await CustomerIdAsync("张晓梅");
        var approve = await advisor.PostFormAsync($"/RealName/Details/{id}?handler=Approve", token, [new("CustomerId", customerId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains("/Account/AccessDenied", approve.Headers.Location!.ToString());
        Assert.Equal(RealNameStatus.Pending, await StatusAsync(id));
    }

    [Fact]
    public async Task CustomerService_SeesPhotosAndCandidates_ApprovesAndBinds_TheCustomerIsNotified()
    {
        var id = await SubmitAsync("sandbox-openid-1", "张晓梅", "440305198503120028", "13800138000");
        var service = apps.BackOffice.CreateBrowser();
        await service.SignInAsync("service");

        var html = await service.GetStringAsync($"/RealName/Details/{id}");
        var text = Forms.VisibleText(html);
        Assert.Contains("待审核", text);
        Assert.Contains("440***********0028", text);
        Assert.Contains("郭顾问", text);
        Assert.DoesNotContain("/uploads/", html);
        var photo = await service.GetAsync($"/RealName/Details/{id}?handler=Photo&side=back");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType!.MediaType);

        var customerId = await CustomerIdAsync("张晓梅");
        var response = await service.SubmitAsync($"/RealName/Details/{id}", [new("CustomerId", customerId.ToString())], $"/RealName/Details/{id}?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已通过", Forms.VisibleText(await service.GetStringAsync($"/RealName/Details/{id}")));

        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
            Assert.Equal("sandbox-openid-1", customer.WeChatOpenId);
            Assert.True(customer.IsRealNameVerified);
            var v = await db.RealNameVerifications.AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Equal(RealNameStatus.Approved, v.Status);
            Assert.Equal("周客服", v.ReviewerName);
            Assert.Contains(await db.RealNameNotices.Where(n => n.OpenId == "sandbox-openid-1").Select(n => n.Title).ToListAsync(), t => t == "实名认证已通过");
            // The WeChat template message 实名审核结果 is queued in the outbox with the decision, once.
            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.CustomerId == customerId && m.TemplateKey == TemplateKeys.IdentityReviewResult);
            Assert.Equal("实名认证已通过", message.Title);
            Assert.Equal($"/RealName/Status/{id}", message.Url);
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Field == "Status").SingleAsync();
            Assert.Equal("周客服", audit.ActorName);
            Assert.Equal("Approved", audit.NewValue);
        });

        // Deciding twice is refused.
        var again = await service.SubmitAsync($"/RealName/Details/{id}", [new("Reason", "重复")], $"/RealName/Details/{id}?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(RealNameStatus.Approved, await StatusAsync(id));
    }

    [Fact]
    public async Task Reject_NeedsAReason_ThenTheCustomerReadsIt()
    {
        var id = await SubmitAsync("sandbox-openid-3", "王丽", "110105197811204571", "13600001111");
        var service = apps.BackOffice.CreateBrowser();
        await service.SignInAsync("service");

        var empty = await service.SubmitAsync($"/RealName/Details/{id}", [new("Reason", " ")], $"/RealName/Details/{id}?handler=Reject");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("请填写驳回原因", Forms.VisibleText(await empty.Content.ReadAsStringAsync()));
        Assert.Equal(RealNameStatus.Pending, await StatusAsync(id));

        var response = await service.SubmitAsync($"/RealName/Details/{id}", [new("Reason", "证件照片不清晰")], $"/RealName/Details/{id}?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RealNameStatus.Rejected, await StatusAsync(id));

        var portal = await apps.SignInAsync("sandbox-openid-3");
        var home = Forms.VisibleText(await portal.GetStringAsync("/"));
        Assert.Contains("未实名", home);
        Assert.Contains("证件照片不清晰", home);
        Assert.Contains("实名认证未通过", home);
    }

    [Fact]
    public async Task Approve_OfACustomerNotAmongTheCandidates_IsRefused()
    {
        var id = await SubmitAsync("sandbox-openid-1", "张晓梅", "440305198503120028", "13800138000");
        var service = apps.BackOffice.CreateBrowser();
        await service.SignInAsync("service");
        var stranger = await CustomerIdAsync("陈静");

        await service.SubmitAsync($"/RealName/Details/{id}", [new("CustomerId", stranger.ToString())], $"/RealName/Details/{id}?handler=Approve");

        Assert.Equal(RealNameStatus.Pending, await StatusAsync(id));
        Assert.False(await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.AnyAsync(c => c.WeChatOpenId != null)));
    }

    [Fact]
    public async Task SecondSubmission_WhileOneIsPending_IsRefused()
    {
        await SubmitAsync("sandbox-openid-1", "张晓梅", "440305198503120028", "13800138000");
        var e = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("sandbox-openid-1", "张晓梅", "440305198503120028", "13800138000"));
        Assert.Contains("正在审核中", e.Message);
        Assert.Equal(2, apps.StoredFileCount());
    }

    private Task<Guid> SubmitAsync(string openId, string name, string idNumber, string mobile) =>
        apps.BackOffice.WithScopeAsync(async sp =>
        {
            var applicant = RealNameApplicant.Create(name, IdDocumentType.MainlandIdCard, idNumber, mobile);
            var photo = new PhotoUpload(() => new MemoryStream(Jpeg), Jpeg.Length);
            var v = await sp.GetRequiredService<RealNameService>().SubmitForReviewAsync(openId, applicant, photo, photo, null, "客户选择人工审核", CancellationToken.None);
            return v.Id;
        });

    private Task<Guid> CustomerIdAsync(string name) =>
        apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<RealNameStatus> StatusAsync(Guid id) =>
        apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().RealNameVerifications.Where(v => v.Id == id).Select(v => v.Status).SingleAsync());
}
