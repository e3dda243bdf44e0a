using System.Net;
using System.Text;
using System.Text.Json;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.Testing.ReportFiles;

namespace CellCrm.BackOffice.Tests.DemandLists;

/// <summary>体检报告 on the demand list page: 代客户上传 (streamed, same checks as the portal), preview and download
/// through /Files, removal, 完成上传 and reopening; by role and data scope.</summary>
public class DemandReportPagesTests(ReportsBackOffice app) : IClassFixture<ReportsBackOffice>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        if (Directory.Exists(app.FilesRoot))
        {
            Directory.Delete(app.FilesRoot, recursive: true);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Advisor_UploadsOnBehalf_ThenPreviewsAndDownloads_WithTheStoredTypeAndName()
    {
        var id = await CreateAsync();
        var advisor = await SignedInAsync("advisor");

        var response = await UploadAsync(advisor, id, "张晓梅 血常规.pdf", Pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await Db(db => db.StoredFiles.AsNoTracking().SingleAsync());
        Assert.Equal(DemandReports.OwnerType, file.OwnerType);
        Assert.Equal(id, file.OwnerId);
        Assert.Equal("郭顾问", file.UploadedByName);
        var text = Forms.VisibleText(await advisor.GetStringAsync($"/DemandLists/Details/{id}"));
        Assert.Contains("张晓梅 血常规.pdf PDF", text);
        Assert.Contains("代客户上传", text);
        Assert.Contains("新建文件 张晓梅 血常规.pdf", text);

        var preview = await advisor.GetAsync($"/Files/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", preview.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", preview.Headers.GetValues("X-Content-Type-Options").Single());
        var download = await advisor.GetAsync($"/Files/{file.Id}?download=true");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("张晓梅 血常规.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task OutsideTheDataScope_NoPreviewNoUpload_TheExpertViewsButDoesNotUpload()
    {
        var id = await CreateAsync();
        var advisor = await SignedInAsync("advisor");
        await UploadAsync(advisor, id, "报告.pdf", Pdf);
        var fileId = await Db(db => db.StoredFiles.Select(f => f.Id).SingleAsync());
        var advisor2 = await SignedInAsync("advisor2");
        var expert = await SignedInAsync("expert");

        Assert.Equal(HttpStatusCode.Forbidden, (await advisor2.GetAsync($"/Files/{fileId}")).StatusCode);
        var refused = await UploadAsync(advisor2, id, "别人的.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 other"), tokenFrom: "/DemandLists");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await expert.GetAsync($"/Files/{fileId}")).StatusCode);
        var byExpert = await UploadAsync(expert, id, "专家.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 expert"));
        Assert.Equal(HttpStatusCode.Forbidden, byExpert.StatusCode);
        Assert.Equal("您没有为该需求清单上传报告的权限", Error(await byExpert.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("代客户上传", Forms.VisibleText(await expert.GetStringAsync($"/DemandLists/Details/{id}")));
        Assert.Equal(1, await Db(db => db.StoredFiles.CountAsync()));
        Assert.Equal(1, app.StoredFileCount());
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync($"/Files/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task UploadOnBehalf_ExecutableRenamedPdf_IsRefused_AndNothingIsKept()
    {
        var id = await CreateAsync();
        var advisor = await SignedInAsync("advisor");

        var response = await UploadAsync(advisor, id, "报告.pdf", Exe);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("不支持的文件类型：只能上传 JPG、PNG、HEIC 图片或 PDF 文件", Error(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await Db(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, app.StoredFileCount());
    }

    [Fact]
    public async Task CompleteOnBehalf_ThenRemovalRefused_ReopenAllowsRemovalAgain()
    {
        var id = await CreateAsync();
        var advisor = await SignedInAsync("advisor");
        var page = $"/DemandLists/Details/{id}";
        await UploadAsync(advisor, id, "一.pdf", Pdf);
        await UploadAsync(advisor, id, "二.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 second"));
        var first = await Db(db => db.StoredFiles.Where(f => f.OriginalName == "一.pdf").Select(f => f.Id).SingleAsync());

        var complete = await advisor.SubmitAsync(page, [], $"/DemandLists/Reports/{id}?handler=Complete");
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        Assert.NotNull((await ListAsync(id)).ReportsCompletedAt);
        Assert.Contains("已完成上传", Forms.VisibleText(await advisor.GetStringAsync(page)));

        await advisor.SubmitAsync(page, [new("fileId", first.ToString())], $"/DemandLists/Reports/{id}?handler=Remove");
        Assert.Contains("体检报告已完成上传，不能再更改", Forms.VisibleText(await advisor.GetStringAsync(page)));
        Assert.Equal(2, await Db(db => db.StoredFiles.CountAsync()));

        var version = (await ListAsync(id)).Version;
        await advisor.SubmitAsync(page, [new("version", version.ToString())], $"/DemandLists/Reports/{id}?handler=Reopen");
        Assert.Null((await ListAsync(id)).ReportsCompletedAt);
        await advisor.SubmitAsync(page, [new("fileId", first.ToString())], $"/DemandLists/Reports/{id}?handler=Remove");
        Assert.Equal(["二.pdf"], await Db(db => db.StoredFiles.Select(f => f.OriginalName).ToListAsync()));
        Assert.Equal(1, app.StoredFileCount());
        Assert.Contains("删除文件 一.pdf", Forms.VisibleText(await advisor.GetStringAsync(page)));
    }

    [Fact]
    public async Task Complete_IsRefusedToStaffOutsideTheScope_AndLeavesTheListOpen()
    {
        var id = await CreateAsync();
        var advisor = await SignedInAsync("advisor");
        await UploadAsync(advisor, id, "一.pdf", Pdf);
        var advisor2 = await SignedInAsync("advisor2");
        var html = await advisor2.GetStringAsync("/DemandLists");

        var response = await advisor2.PostFormAsync($"/DemandLists/Reports/{id}?handler=Complete", Forms.AntiforgeryToken(html), []);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location!.ToString().Contains("AccessDenied"), response.Headers.Location?.ToString());
        Assert.Null((await ListAsync(id)).ReportsCompletedAt);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(user);
        return browser;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, Guid id, string name, byte[] content, string? tokenFrom = null) =>
        await browser.UploadAsync($"/DemandLists/{id}/Reports/Upload", await browser.TokenAsync(tokenFrom ?? $"/DemandLists/Details/{id}"), name, content);

    private static string? Error(string json) => JsonDocument.Parse(json).RootElement.GetProperty("error").GetString();

    private Task<T> Db<T>(Func<CellCrmDbContext, Task<T>> query) => app.WithScopeAsync(sp => query(sp.GetRequiredService<CellCrmDbContext>()));

    private Task<DemandList> ListAsync(Guid id) => Db(db => db.DemandLists.AsNoTracking().SingleAsync(d => d.Id == id));

    private Task<Guid> CreateAsync() => app.WithScopeAsync(async sp =>
    {
        var zhang = await sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "张晓梅").Select(c => c.Id).SingleAsync();
        return (await sp.AdvisorsDemandListAsync(zhang)).Id;
    });
}
