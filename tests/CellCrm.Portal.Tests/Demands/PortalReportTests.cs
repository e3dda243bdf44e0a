using System.Net;
using System.Text.Json;
using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.Testing.Messaging.OutboxTestData;

namespace CellCrm.Portal.Tests.Demands;

/// <summary>The recipient's exam checklist, report upload and 完成上传 in the portal, on MariaDB and a real file store:
/// types by content, ownership, removal before completion, a double tap marking once.</summary>
public class PortalReportTests(ReportApps apps) : IClassFixture<ReportApps>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Checklist_ShowsTheAdultItems_AndTheRequest_ForAnAdultRecipient()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");

        var text = Forms.VisibleText(await zhang.GetStringAsync($"/Demands/{id}/Checklist"));

        Assert.Contains("请您提供本人近六个月内三甲医院或同级别体检机构的检测报告", text);
        Assert.Contains("成人体检项目", text);
        Assert.Contains("肿瘤标记物检测", text);
        Assert.Contains("已知晓，去上传体检报告", text);
    }

    [Fact]
    public async Task Checklist_ShowsTheChildItems_ForARecipientUnderEighteen()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var customerId = await apps.BackOffice.CustomerIdAsync(ZhangMobile);
        await apps.DbAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.Id == customerId);
            customer.UpdateProfile(customer.ToProfile() with { Birthday = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-9) });
            return await db.SaveChangesAsync();
        });
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");

        var text = Forms.VisibleText(await zhang.GetStringAsync($"/Demands/{id}/Checklist"));

        Assert.Contains("儿童体检项目", text);
        Assert.DoesNotContain("成人体检项目", text);
        Assert.DoesNotContain("肿瘤标记物检测", text);
    }

    [Fact]
    public async Task Upload_JpegPngHeicAndPdf_AreStoredByContent_ListedAndServedToTheRecipient()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");
        var token = await zhang.TokenAsync($"/Demands/{id}/Reports");
        var upload = $"/Demands/{id}/Reports/Upload";

        var answers = new List<JsonElement>();
        foreach (var (name, bytes) in new[] { ("血常规.jpg", ReportFiles.Jpeg), ("肝功能.png", ReportFiles.Png), ("IMG_0001.HEIC", ReportFiles.Heic), ("体检报告.pdf", ReportFiles.Pdf) })
        {
            var response = await zhang.UploadAsync(upload, token, name, bytes);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }

        Assert.Equal(["image", "image", "heic", "pdf"], answers.Select(a => a.GetProperty("kind").GetString()));
        var files = await apps.DbAsync(db => db.StoredFiles.AsNoTracking().Where(f => f.OwnerId == id).OrderBy(f => f.UploadedAt).ToListAsync());
        Assert.Equal(["application/pdf", "image/heic", "image/jpeg", "image/png"], files.Select(f => f.ContentType).Order());
        Assert.All(files, f => Assert.Equal(DemandReports.OwnerType, f.OwnerType));
        Assert.Equal(4, apps.StoredFileCount());

        var page = Forms.VisibleText(await zhang.GetStringAsync($"/Demands/{id}/Reports"));
        Assert.Contains("已上传的报告（ 4 ）", page);
        Assert.Contains("血常规.jpg", page);
        Assert.Contains("体检报告.pdf", page);

        var pdf = files.Single(f => f.ContentType == "application/pdf");
        var served = await zhang.GetAsync($"/Files/{pdf.Id}?download=true");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("体检报告.pdf", served.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(ReportFiles.Pdf, await served.Content.ReadAsByteArrayAsync());
        var inline = await zhang.GetAsync($"/Files/{files.Single(f => f.ContentType == "image/jpeg").Id}");
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("image/jpeg", inline.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnotherCustomer_CannotSeeUploadOrOpenTheList_OrItsFiles()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");
        var stored = await zhang.UploadAsync($"/Demands/{id}/Reports/Upload", await zhang.TokenAsync($"/Demands/{id}/Reports"), "报告.pdf", ReportFiles.Pdf);
        var fileId = JsonDocument.Parse(await stored.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var lisOwn = await apps.DemandListAsync(LiMobile);
        var li = await apps.CustomerBrowserAsync(LiMobile, "sandbox-openid-2");
        var liToken = await li.TokenAsync($"/Demands/{lisOwn}/Reports");

        Assert.Equal(HttpStatusCode.NotFound, (await li.GetAsync($"/Demands/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await li.GetAsync($"/Demands/{id}/Checklist")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await li.GetAsync($"/Demands/{id}/Reports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await li.GetAsync($"/Files/{fileId}")).StatusCode);
        var refused = await li.UploadAsync($"/Demands/{id}/Reports/Upload", liToken, "别人的.pdf", ReportFiles.Jpeg);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("需求清单不存在", await refused.Content.ReadAsStringAsync());
        var remove = await li.PostFormAsync($"/Demands/{id}/Reports?handler=Remove", liToken, [new("fileId", fileId!)]);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);

        Assert.Equal(1, await apps.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(1, apps.StoredFileCount());
        Assert.DoesNotContain(id.ToString(), await li.GetStringAsync("/Demands"));
    }

    [Fact]
    public async Task Upload_ExecutableRenamedPdf_IsRefusedInChinese_AndNothingIsKept()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");

        var response = await zhang.UploadAsync($"/Demands/{id}/Reports/Upload", await zhang.TokenAsync($"/Demands/{id}/Reports"), "体检报告.pdf", ReportFiles.Exe);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("不支持的文件类型：只能上传 JPG、PNG、HEIC 图片或 PDF 文件", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(0, await apps.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, apps.StoredFileCount());
    }

    [Fact]
    public async Task Upload_WithoutTheAntiforgeryHeader_IsRefused_BeforeReadingTheFile()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");

        var response = await zhang.PostAsync($"/Demands/{id}/Reports/Upload", new MultipartFormDataContent { { new ByteArrayContent(ReportFiles.Pdf), "file", "a.pdf" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("页面已过期", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(0, apps.StoredFileCount());
    }

    [Fact]
    public async Task Remove_BeforeCompleting_DeletesTheRecordAndTheBytes()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");
        var page = $"/Demands/{id}/Reports";
        var token = await zhang.TokenAsync(page);
        await zhang.UploadAsync($"{page}/Upload", token, "a.jpg", ReportFiles.Jpeg);
        await zhang.UploadAsync($"{page}/Upload", token, "b.pdf", ReportFiles.Pdf);
        var jpeg = await apps.DbAsync(db => db.StoredFiles.Where(f => f.ContentType == "image/jpeg").Select(f => f.Id).SingleAsync());
        var version = (await apps.ListAsync(id)).Version;

        var response = await zhang.PostFormAsync($"{page}?handler=Remove", token, [new("fileId", jpeg.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The removal saved the list too: a 完成上传 based on the earlier version would be refused and looked at again.
        Assert.Equal(version + 1, (await apps.ListAsync(id)).Version);
        Assert.Contains(await apps.DbAsync(db => db.AuditEntries.Where(a => a.RootId == id && a.EntityId == jpeg).Select(a => a.Action).ToListAsync()), a => a == Domain.Common.AuditAction.Deleted);
        Assert.Equal(["application/pdf"], await apps.DbAsync(db => db.StoredFiles.Select(f => f.ContentType).ToListAsync()));
        Assert.Equal(1, apps.StoredFileCount());
        Assert.Contains("已删除该报告", Forms.VisibleText(await zhang.GetStringAsync(page)));
    }

    [Fact]
    public async Task Complete_WithoutReports_IsRefused()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");

        var response = await zhang.SubmitAsync($"/Demands/{id}/Reports", [], $"/Demands/{id}/Reports?handler=Complete");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请先上传体检报告，再点击完成上传", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Null((await apps.ListAsync(id)).ReportsCompletedAt);
    }

    [Fact]
    public async Task Complete_DoubleTap_MarksOnce_CompletesTheTask_NotifiesTheAdvisorOnce_ThenNoMoreChanges()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");
        var page = $"/Demands/{id}/Reports";
        var token = await zhang.TokenAsync(page);
        await zhang.UploadAsync($"{page}/Upload", token, "报告.pdf", ReportFiles.Pdf);
        var fileId = await apps.DbAsync(db => db.StoredFiles.Select(f => f.Id).SingleAsync());

        var taps = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => zhang.PostFormAsync($"{page}?handler=Complete", token, [])));

        Assert.All(taps, t => Assert.Equal(HttpStatusCode.Redirect, t.StatusCode));
        var list = await apps.ListAsync(id);
        Assert.NotNull(list.ReportsCompletedAt);
        Assert.Equal(1, await apps.DbAsync(db => db.Notifications.CountAsync(n => n.Title == "体检报告已上传完成" && n.RecipientId == list.OwnerId)));
        var task = await apps.DbAsync(db => db.CustomerTasks.AsNoTracking().SingleAsync(t => t.SubjectId == id && t.Type == CustomerTaskType.ExamChecklist));
        Assert.Equal(CustomerTaskState.Done, task.State);
        var history = await apps.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Field == nameof(DemandList.ReportsCompletedAt)));
        Assert.Equal(1, history);

        // Afterwards: no removal, no further upload, and the page says so.
        var removal = await zhang.PostFormAsync($"{page}?handler=Remove", token, [new("fileId", fileId.ToString())]);
        Assert.Contains("体检报告已完成上传，不能再更改", Forms.VisibleText(await removal.Content.ReadAsStringAsync()));
        var late = await zhang.UploadAsync($"{page}/Upload", token, "补充.jpg", ReportFiles.Jpeg);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(1, await apps.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(1, apps.StoredFileCount());
        var text = Forms.VisibleText(await zhang.GetStringAsync(page));
        Assert.Contains("完成上传。如需补充或删除报告，请联系您的顾问", text);
        Assert.DoesNotContain("删除", text.Replace("如需补充或删除报告", ""));
    }

    [Fact]
    public async Task DemandDetail_Recipient_SeesStepsAndProgress_PlanOnlyOnceApproved_DonorSeesOnlyTheirPart()
    {
        var id = await apps.DemandListAsync(ZhangMobile, donorMobile: LiMobile);
        var zhang = await apps.CustomerBrowserAsync(ZhangMobile, "sandbox-openid-1");
        var li = await apps.CustomerBrowserAsync(LiMobile, "sandbox-openid-2");
        var wang = await apps.CustomerBrowserAsync(WangMobile, "sandbox-openid-3");
        await zhang.UploadAsync($"/Demands/{id}/Reports/Upload", await zhang.TokenAsync($"/Demands/{id}/Reports"), "报告.pdf", ReportFiles.Pdf);

        var recipient = Forms.VisibleText(await zhang.GetStringAsync($"/Demands/{id}"));
        Assert.Contains("体检清单 查看体检项目", recipient);
        Assert.Contains("体检报告 已上传1份，待完成", recipient);
        Assert.Contains("健康调查", recipient);
        Assert.Contains("进度 资料准备中", recipient);
        Assert.Contains("方案确认后在此显示", recipient);

        var donor = Forms.VisibleText(await li.GetStringAsync($"/Demands/{id}"));
        Assert.Contains("您是本需求的储户", donor);
        Assert.Contains("K8MGX202601001", donor);
        Assert.DoesNotContain("体检报告 已上传", donor);
        Assert.DoesNotContain("健康调查 ", donor);
        Assert.Equal(HttpStatusCode.NotFound, (await li.GetAsync($"/Demands/{id}/Reports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wang.GetAsync($"/Demands/{id}")).StatusCode);

        await ApproveAsync(id);
        recipient = Forms.VisibleText(await zhang.GetStringAsync($"/Demands/{id}"));
        Assert.Contains("进度 方案已确认", recipient);
        Assert.Contains("细胞类型 间充质干细胞", recipient);
        Assert.Contains("回输方式 静脉输注", recipient);
        Assert.DoesNotContain("间充质干细胞", Forms.VisibleText(await li.GetStringAsync($"/Demands/{id}")));
    }

    [Fact]
    public async Task Upload_WhenTheDatabaseSaveFails_LeavesNoOrphanFile()
    {
        var id = await apps.DemandListAsync(ZhangMobile);
        const string boundary = "report-boundary";
        var body = new MemoryStream();
        body.Write(System.Text.Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"报告.pdf\"\r\n\r\n"));
        body.Write(ReportFiles.Pdf);
        body.Write(System.Text.Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n"));
        body.Position = 0;
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.ContentType = $"multipart/form-data; boundary={boundary}";
        context.Request.Body = body;

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => apps.BackOffice.WithScopeAsync(async sp =>
        {
            // Something else in the same unit of work that the database refuses (a link longer than its column).
            sp.GetRequiredService<Infrastructure.Persistence.CellCrmDbContext>().Notifications
                .Add(new Domain.Notifications.Notification(Guid.NewGuid(), "t", "b", "/" + new string('x', 400), DateTimeOffset.UtcNow));
            return await sp.GetRequiredService<Infrastructure.Health.DemandReportService>()
                .UploadAsync(id, context.Request, new Infrastructure.Files.Uploader(null, "测试"), CancellationToken.None);
        }));

        Assert.Equal(0, await apps.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, apps.StoredFileCount());
    }

    /// <summary>The rest of the flow through the domain (questionnaire and plan loop belong to other pages).</summary>
    private Task ApproveAsync(Guid id) => apps.DbAsync(async db =>
    {
        var list = await db.DemandLists.Include(d => d.Plans).SingleAsync(d => d.Id == id);
        var now = DateTimeOffset.UtcNow;
        list.MarkReportsComplete(1, now);
        list.AttachSignedQuestionnaire(Guid.NewGuid(), now);
        list.SubmitForReview(list.OwnerId, now);
        list.IssuePlan(list.MedicalExpertId, list.MedicalExpertName, new PlanContent("间充质干细胞", "静脉输注", "1×10⁸", 2, null), now);
        list.AgreePlan(list.OwnerId, null, now);
        return await db.SaveChangesAsync();
    });
}
