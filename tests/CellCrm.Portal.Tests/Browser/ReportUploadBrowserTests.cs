using System.Text;
using System.Text.RegularExpressions;
using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CellCrm.Portal.Tests.Browser;

/// <summary>On a phone: the pushed 体检清单 task leads to the checklist, "已知晓，去上传体检报告" to the upload page; two
/// reports are uploaded with the progress bar, then 完成上传 is tapped and the list is marked complete.</summary>
public class ReportUploadBrowserTests(BrowserRealNameApps apps) : IClassFixture<BrowserRealNameApps>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Recipient_OpensTheChecklist_UploadsTwoReportsWithProgress_AndTapsCompleteUpload()
    {
        var (listId, taskId) = await PrepareAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var phone = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        phone.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var portal = apps.Portal.RootUrl;
        Directory.CreateDirectory("screenshots");

        await phone.GotoAsync(portal + "/SignIn");
        await phone.ClickAsync("label[for='sandbox-openid-1']");
        await phone.ClickAsync("#signin");
        await phone.WaitForURLAsync(portal + "/");

        await phone.GotoAsync($"{portal}/Tasks/{taskId}");
        await phone.ClickAsync("#task-action");
        await phone.WaitForURLAsync($"{portal}/Demands/{listId}/Checklist");
        Assert.Equal(ExamChecklist.Request, (await phone.TextContentAsync("#checklist-request"))?.Trim());
        Assert.Equal("成人体检项目", (await phone.TextContentAsync("#checklist-title"))?.Trim());
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "exam-checklist-phone.png"), FullPage = true });
        await phone.ClickAsync("#go-upload");
        await phone.WaitForURLAsync($"{portal}/Demands/{listId}/Reports");

        var pdf = new byte[3 * 1024 * 1024];
        Array.Fill(pdf, (byte)'A');
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(pdf, 0);
        await phone.SetInputFilesAsync("#report-files", new[]
        {
            new FilePayload { Name = "血常规.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9] },
            new FilePayload { Name = "体检报告.pdf", MimeType = "application/pdf", Buffer = pdf },
        });
        await phone.WaitForSelectorAsync("#upload-progress[data-percent='100']");
        await phone.Locator("#report-list .report-item").Nth(1).WaitForAsync();
        await Assertions.Expect(phone.Locator("#upload-progress-name")).ToHaveTextAsync("上传完成");
        Assert.True(await phone.IsVisibleAsync("#upload-progress .weui-progress__inner-bar"));
        Assert.Equal("100%", (await phone.TextContentAsync("#upload-progress-percent"))?.Trim());
        Assert.Equal(["血常规.jpg", "体检报告.pdf"], (await phone.Locator("#report-list .report-name").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal(0, await phone.Locator("#upload-errors li").CountAsync());
        // A JPEG shows as a thumbnail, a PDF as a badge.
        Assert.True(await phone.Locator("#report-list .report-item").Nth(0).Locator("img.report-thumb").IsVisibleAsync());
        Assert.False(await phone.Locator("#report-list .report-item").Nth(0).Locator(".report-badge").IsVisibleAsync());
        Assert.False(await phone.Locator("#report-list .report-item").Nth(1).Locator("img.report-thumb").IsVisibleAsync());
        Assert.Equal("PDF", (await phone.Locator("#report-list .report-item").Nth(1).Locator(".report-badge").TextContentAsync())?.Trim());
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "report-upload-phone.png"), FullPage = true });

        await phone.ClickAsync("#complete-upload");
        await phone.WaitForSelectorAsync("#reports-done");
        Assert.Contains("体检报告已完成上传", await phone.TextContentAsync("#status-message") ?? "");
        Assert.Equal(0, await phone.Locator(".report-remove").CountAsync());
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "report-complete-phone.png"), FullPage = true });

        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var list = await db.DemandLists.AsNoTracking().SingleAsync(d => d.Id == listId);
            Assert.NotNull(list.ReportsCompletedAt);
            Assert.Equal(2, await db.StoredFiles.CountAsync(f => f.OwnerId == listId));
            Assert.Equal(CustomerTaskState.Done, await db.CustomerTasks.Where(t => t.Id == taskId).Select(t => t.State).SingleAsync());
        });
        await phone.GotoAsync($"{portal}/Demands/{listId}");
        Assert.Matches(new Regex("已完成上传（2份）"), await phone.TextContentAsync("#reports-status") ?? "");
    }

    private async Task<(Guid ListId, Guid TaskId)> PrepareAsync()
    {
        var office = apps.BackOffice;
        var zhang = await office.CustomerIdAsync(OutboxTestData.ZhangMobile);
        await office.VerifyAsync(zhang, "sandbox-openid-1");
        return await office.WithScopeAsync(async sp =>
        {
            var list = await sp.AdvisorsDemandListAsync(zhang);
            var pushed = await sp.GetRequiredService<DemandListService>().PushAsync(list.Id, list.Version, await sp.RefAsync("advisor"),
                CustomerTaskType.ExamChecklist, Guid.NewGuid(), CancellationToken.None);
            return (list.Id, pushed.TaskId);
        });
    }
}
