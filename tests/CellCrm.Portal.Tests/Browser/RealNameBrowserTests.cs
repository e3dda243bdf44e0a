using System.Text.RegularExpressions;
using CellCrm.Testing;
using Microsoft.Playwright;

namespace CellCrm.Portal.Tests.Browser;

/// <summary>A customer on a phone signs in through the sandbox, verifies by manual review, customer service
/// approves in the back office, and the customer's portal then shows 已实名.</summary>
public class RealNameBrowserTests(BrowserRealNameApps apps) : IClassFixture<BrowserRealNameApps>, IAsyncLifetime
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SandboxSignIn_ManualReview_ApprovedByCustomerService_CustomerSeesVerified()
    {
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
        Assert.StartsWith(portal + "/SignIn", phone.Url);
        Assert.Contains("沙箱环境", await phone.TextContentAsync(".sandbox-banner") ?? "");
        await phone.ClickAsync("label[for='sandbox-openid-1']");
        await phone.ClickAsync("#signin");
        await phone.WaitForURLAsync(portal + "/");
        Assert.Equal("未实名", (await phone.TextContentAsync("#realname-status"))?.Trim());

        await phone.ClickAsync("text=去认证");
        await phone.FillAsync("#Input_Name", "张晓梅");
        await phone.SelectOptionAsync("#Input_IdType", "MainlandIdCard");
        await phone.FillAsync("#Input_IdNumber", "440305198503120028");
        await phone.FillAsync("#Input_Mobile", "13800138000");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "realname-step1-phone.png"), FullPage = true });
        await phone.ClickAsync("#send-code");
        var sms = await phone.TextContentAsync("#sandbox-sms") ?? "";
        var code = Regex.Match(sms, @"code=(\d{6})").Groups[1].Value;
        Assert.Equal(6, code.Length);
        await phone.FillAsync("#Input_SmsCode", code);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "realname-form-phone.png"), FullPage = true });
        await phone.ClickAsync("#next");
        await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(phone.Url == portal + "/RealName/Method", phone.Url + " " + await phone.InnerTextAsync("body"));

        await phone.ClickAsync("#method-manual");
        await phone.SetInputFilesAsync("#FrontPhoto", new FilePayload { Name = "front.jpg", MimeType = "image/jpeg", Buffer = Jpeg });
        await phone.SetInputFilesAsync("#BackPhoto", new FilePayload { Name = "back.jpg", MimeType = "image/jpeg", Buffer = Jpeg });
        await phone.ClickAsync("#submit-manual");
        await phone.WaitForURLAsync(new Regex("/RealName/Status/"));
        Assert.Equal("待审核", (await phone.TextContentAsync("#verification-status"))?.Trim());

        var desk = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var office = apps.BackOffice.RootUrl;
        await desk.GotoAsync(office + "/");
        await desk.FillAsync("#Input_UserName", "service");
        await desk.FillAsync("#Input_Password", "cellcrm2026");
        await desk.ClickAsync("button[type=submit]");
        await desk.WaitForURLAsync(office + "/");
        await desk.ClickAsync("text=实名审核");
        await desk.ClickAsync(".realname-list >> text=张晓梅");
        Assert.Equal("待审核", (await desk.TextContentAsync("#verification-status"))?.Trim());
        Assert.Equal(2, await desk.Locator("img.id-photo").CountAsync());
        await desk.ClickAsync("#approve");
        await desk.WaitForSelectorAsync("text=客户档案已绑定该微信账号");
        Assert.Equal("已通过", (await desk.TextContentAsync("#verification-status"))?.Trim());

        await phone.GotoAsync(portal + "/");
        Assert.Equal("已实名", (await phone.TextContentAsync("#realname-status"))?.Trim());
        Assert.Contains("实名认证已通过", await phone.TextContentAsync("#realname-panel") ?? "");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "realname-verified-phone.png"), FullPage = true });
    }
}
