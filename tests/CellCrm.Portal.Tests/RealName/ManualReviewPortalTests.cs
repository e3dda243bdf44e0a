using System.Net;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.RealName;

[Collection(RealNameCollection.Name)]
public class ManualReviewPortalTests(RealNameApps apps) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task NonImageUpload_IsRefusedWithAClearMessage_AndNothingIsStored()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.VerifyMobileAsync(apps, "张晓梅", RealNamePortal.ZhangIdNumber, "13800138000");

        var exe = "MZ\u0090\0\u0003\0\0\0"u8.ToArray();
        var response = await client.UploadPhotosAsync(exe, RealNamePortal.Jpeg, frontName: "id.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("证件正面照片不是图片文件，请上传 JPG、PNG 或 HEIC 格式的照片", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, apps.StoredFileCount());
        Assert.Equal(0, await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().RealNameVerifications.CountAsync()));
    }

    [Fact]
    public async Task OversizedPhoto_IsRefused_AndNothingIsStored()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.VerifyMobileAsync(apps, "张晓梅", RealNamePortal.ZhangIdNumber, "13800138000");
        var big = new byte[10 * 1024 * 1024 + 1];
        RealNamePortal.Jpeg.CopyTo(big, 0);

        var response = await client.UploadPhotosAsync(RealNamePortal.Jpeg, big);

        Assert.Contains("证件反面照片超过 10 MB", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, apps.StoredFileCount());
    }

    [Fact]
    public async Task ManualSubmission_IsPending_SecondSubmissionRefused_HomeShowsUnderReview()
    {
        var client = await apps.SignInAsync("sandbox-openid-1");
        await client.VerifyMobileAsync(apps, "张晓梅", RealNamePortal.ZhangIdNumber, "13800138000");

        var token = Forms.AntiforgeryToken(await client.GetStringAsync("/RealName/Manual"));

        var submitted = await client.UploadPhotosAsync(RealNamePortal.Jpeg, RealNamePortal.Png, token: token);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var status = await client.TextAsync(submitted.Headers.Location!.ToString());
        Assert.Contains("待审核", status);
        Assert.Contains("预计完成", status);
        Assert.Contains("审核中", await client.TextAsync("/"));
        Assert.Equal(2, apps.StoredFileCount());

        // The same submission again (double tap, back button) creates nothing more.
        var again = await client.UploadPhotosAsync(RealNamePortal.Jpeg, RealNamePortal.Png, token: token);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/RealName", again.Headers.Location!.ToString());
        Assert.Contains("审核中", await client.TextAsync("/RealName"));
        Assert.Equal(1, await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().RealNameVerifications.CountAsync()));
        Assert.Equal(2, apps.StoredFileCount());
    }

    [Fact]
    public async Task AnotherCustomersVerificationAndPhotoUrls_AreRefused()
    {
        var owner = await apps.SignInAsync("sandbox-openid-1");
        await owner.VerifyMobileAsync(apps, "张晓梅", RealNamePortal.ZhangIdNumber, "13800138000");
        var submitted = await owner.UploadPhotosAsync(RealNamePortal.Jpeg, RealNamePortal.Png);
        var statusUrl = submitted.Headers.Location!.ToString();
        var id = statusUrl.Split('/')[^1];

        var photo = await owner.GetAsync($"/RealName/Photo/{id}/front");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(RealNamePortal.Jpeg, await photo.Content.ReadAsByteArrayAsync());

        var other = await apps.SignInAsync("sandbox-openid-2");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(statusUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/RealName/Photo/{id}/front")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/RealName/Photo/{id}/back")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/RealName/Status/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(RealNameStatus.Pending, await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().RealNameVerifications
            .Select(v => v.Status).SingleAsync()));
    }
}
