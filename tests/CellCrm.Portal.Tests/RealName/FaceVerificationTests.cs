using System.Net;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.RealName;

[Collection(RealNameCollection.Name)]
public class FaceVerificationTests(RealNameApps apps) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task FacePass_WithMatchingNameIdAndMobile_BindsTheCustomer_AndKeepsTheEvidence()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.VerifyMobileAsync(apps, "张晓梅", RealNamePortal.ZhangIdNumber, "13800138000");

        var back = await client.FaceCheckAsync(pass: true);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.StartsWith("/RealName/Status/", back.Headers.Location!.ToString());
        Assert.Contains("已完成", await client.TextAsync(back.Headers.Location!.ToString()));
        Assert.Contains("已实名", await client.TextAsync("/"));

        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Name == "张晓梅");
            Assert.Equal("sandbox-openid-1", customer.WeChatOpenId);
            Assert.True(customer.IsRealNameVerified);
            var v = await db.RealNameVerifications.AsNoTracking().SingleAsync();
            Assert.Equal(RealNameStatus.Completed, v.Status);
            Assert.Equal(RealNameMethod.Face, v.Method);
            Assert.Equal(customer.Id, v.CustomerId);
            Assert.Equal("sandbox", v.FaceProvider);
            Assert.True(v.FacePassed);
            Assert.NotNull(v.FaceScore);
            Assert.NotNull(v.FaceCheckedAt);
            Assert.StartsWith("sbx-", v.FaceRequestId);
            // Audited with the portal user as actor; the ID number only masked.
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == customer.Id && a.Field == "WeChatOpenId").SingleAsync();
            Assert.Equal("sandbox-openid-1", audit.NewValue);
            Assert.StartsWith("微信用户", audit.ActorName);
        });
    }

    [Fact]
    public async Task FaceFail_OffersManualReview_AndBindsNothing()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.VerifyMobileAsync(apps, "张晓梅", RealNamePortal.ZhangIdNumber, "13800138000");

        var back = await client.FaceCheckAsync(pass: false);
        var text = Forms.VisibleText(await back.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("人脸识别未通过", text);
        Assert.Contains("人工审核", text);
        Assert.Contains("重新识别", text);
        Assert.Contains("未实名", await client.TextAsync("/"));

        // The manual review that follows carries the failed face check as evidence.
        var submitted = await client.UploadPhotosAsync(RealNamePortal.Jpeg, RealNamePortal.Png);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var v = await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().RealNameVerifications.AsNoTracking().SingleAsync());
        Assert.Equal(RealNameStatus.Pending, v.Status);
        Assert.False(v.FacePassed);
        Assert.Equal("人脸识别未通过", v.ReviewReason);
        Assert.False(await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.AnyAsync(c => c.WeChatOpenId != null)));
    }

    [Fact]
    public async Task FacePass_WithoutAMatchingCustomerRecord_GoesToManualReview()
    {
        var client = await apps.SignInAsync("new");
        // Right ID number and mobile of a demo customer, but another name: no unique match.
        await client.VerifyMobileAsync(apps, "张小梅", RealNamePortal.ZhangIdNumber, "13800138000");

        var back = await client.FaceCheckAsync(pass: true);

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("未能自动匹配到您的客户档案", Forms.VisibleText(await back.Content.ReadAsStringAsync()));
        Assert.False(await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.AnyAsync(c => c.WeChatOpenId != null)));
    }

    [Fact]
    public async Task SandboxFacePage_OfAnotherVisitorsCheck_IsNotFound()
    {
        var owner = await apps.SignInAsync("sandbox-openid-1");
        await owner.VerifyMobileAsync(apps, "张晓梅", RealNamePortal.ZhangIdNumber, "13800138000");
        var begin = await owner.SubmitAsync("/RealName/Method", [], "/RealName/Method?handler=Face");
        var providerPage = begin.Headers.Location!.ToString();

        var other = await apps.SignInAsync("sandbox-openid-2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(providerPage)).StatusCode);
    }
}
