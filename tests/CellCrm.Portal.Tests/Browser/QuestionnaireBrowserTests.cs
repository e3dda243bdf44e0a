using System.Text.RegularExpressions;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Tests.Questionnaire;
using CellCrm.Testing;
using Microsoft.Playwright;

namespace CellCrm.Portal.Tests.Browser;

/// <summary>On a phone: the customer opens the pushed 健康调查 task, answers, is stopped by "请先签名，后提交", draws a
/// signature on the canvas with the pointer and submits; the advisor then downloads the signed PDF in the back
/// office, and its text holds the answers and the signer's name.</summary>
public class QuestionnaireBrowserTests(BrowserRealNameApps apps) : IClassFixture<BrowserRealNameApps>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Customer_FillsAndSignsOnThePhone_AdvisorDownloadsTheSignedPdf()
    {
        var zhang = SandboxWeChatUsers.All[0];
        var customerId = await SurveyScenario.VerifyAsync(apps, zhang.Name, zhang.OpenId, zhang.IdNumber!, zhang.Mobile);
        var listId = await SurveyScenario.DemandListWithSurveyAsync(apps, customerId);
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
        var portal = apps.Portal.RootUrl;
        Directory.CreateDirectory("screenshots");

        await phone.GotoAsync(portal + "/");
        await phone.ClickAsync("label[for='sandbox-openid-1']");
        await phone.ClickAsync("#signin");
        await phone.WaitForURLAsync(portal + "/");
        await phone.ClickAsync(".pending-tasks >> text=请如实填写健康调查");
        await phone.ClickAsync("#task-action");
        await phone.WaitForURLAsync(portal + $"/Questionnaire/{listId}");
        Assert.Equal("张晓梅", (await phone.TextContentAsync("#signer-name"))?.Trim());

        await phone.ClickAsync("label[for='q-family_chronic-no']");
        await phone.ClickAsync("label[for='q-family_tumour-yes']");
        await phone.FillAsync("#q-family_tumour-detail", "祖父肺癌");
        await phone.ClickAsync("label[for='q-allergy-yes']");
        await phone.FillAsync("#q-allergy-detail", "青霉素过敏");
        await phone.ClickAsync("label[for='q-disease_history-no']");
        await phone.FillAsync("#q-main_complaint-text", "睡眠欠佳，容易疲劳");
        await phone.ClickAsync("#q-contraindications >> label:has-text('孕妇')");
        // "以上情况均无" clears the other choice.
        await phone.ClickAsync("#q-contraindications >> label:has-text('以上情况均无')");
        Assert.False(await phone.IsCheckedAsync("#q-contraindications >> input[value='孕妇']"));

        // Not signed yet: the page stops the submission.
        await phone.ClickAsync("#questionnaire-submit");
        Assert.Equal("请先签名，后提交", (await phone.TextContentAsync("#err-signature"))?.Trim());
        Assert.Equal(portal + $"/Questionnaire/{listId}", phone.Url);

        var pad = await phone.Locator("#signature-pad").BoundingBoxAsync() ?? throw new InvalidOperationException("No signing canvas.");
        await phone.Locator("#signature-pad").ScrollIntoViewIfNeededAsync();
        pad = await phone.Locator("#signature-pad").BoundingBoxAsync() ?? pad;
        await phone.Mouse.MoveAsync(pad.X + 30, pad.Y + pad.Height / 2);
        await phone.Mouse.DownAsync();
        for (var i = 1; i <= 30; i++)
        {
            await phone.Mouse.MoveAsync(pad.X + 30 + i * (pad.Width - 60) / 30, pad.Y + pad.Height / 2 + 40 * MathF.Sin(i / 3f), new MouseMoveOptions { Steps = 2 });
        }

        await phone.Mouse.UpAsync();
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "questionnaire-signed-phone.png"), FullPage = true });
        await phone.ClickAsync("#questionnaire-submit");
        await phone.WaitForSelectorAsync("#questionnaire-state");
        Assert.Equal("已签名提交", (await phone.TextContentAsync("#questionnaire-state"))?.Trim());
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "questionnaire-done-phone.png"), FullPage = true });

        var desk = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, AcceptDownloads = true });
        var office = apps.BackOffice.RootUrl;
        await desk.GotoAsync(office + "/");
        await desk.FillAsync("#Input_UserName", "advisor");
        await desk.FillAsync("#Input_Password", "cellcrm2026");
        await desk.ClickAsync("button[type=submit]");
        await desk.WaitForURLAsync(office + "/");
        await desk.GotoAsync(office + $"/DemandLists/Details/{listId}");
        Assert.Contains("张晓梅", await desk.TextContentAsync("#questionnaire-signer") ?? "");
        Assert.Matches(new Regex("^[0-9a-f]{64}$"), (await desk.TextContentAsync("#questionnaire-sha256"))?.Trim() ?? "");
        await desk.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "questionnaire-backoffice.png"), FullPage = true });
        var download = await desk.RunAndWaitForDownloadAsync(() => desk.ClickAsync("#questionnaire-pdf-download"));
        // Kept beside the screenshots for a person to look at.
        var path = Path.Combine("screenshots", "questionnaire-signed.pdf");
        await download.SaveAsAsync(path);
        var text = await SurveyScenario.PdfTextAsync(await File.ReadAllBytesAsync(path));
        foreach (var expected in new[] { "张晓梅", "有：祖父肺癌", "青霉素过敏", "睡眠欠佳，容易疲劳", "以上情况均无", "客户签名" })
        {
            Assert.Contains(expected, text);
        }
    }
}
