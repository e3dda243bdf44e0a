using CellCrm.Domain.Contracts;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Tests.Questionnaire;
using CellCrm.Portal.Tests.Signing;
using CellCrm.Testing;
using Microsoft.Playwright;

namespace CellCrm.Portal.Tests.Browser;

/// <summary>On a phone: the advisor pushes the electronic contract from its page, the customer opens the pushed
/// signing task, sees the PDF's pages drawn by pdf.js, signs on the canvas with the pointer and confirms; the
/// advisor submits it to 客服审核, customer service approves and the contract is 已生效.</summary>
public class ContractSigningBrowserTests(BrowserRealNameApps apps) : IClassFixture<BrowserRealNameApps>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await apps.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Customer_SignsThePushedContractOnThePhone_ServiceApproves_ContractIsEffective()
    {
        var zhang = SandboxWeChatUsers.All[0];
        var customerId = await SurveyScenario.VerifyAsync(apps, zhang.Name, zhang.OpenId, zhang.IdNumber!, zhang.Mobile);
        var contractId = await SigningScenario.PendingElectronicContractAsync(apps, customerId);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        Directory.CreateDirectory("screenshots");
        var office = apps.BackOffice.RootUrl;

        // The advisor: 生成并推送签署 on the contract page.
        var desk = await DeskAsync(browser, "advisor");
        await desk.GotoAsync(office + $"/Contracts/Details/{contractId}");
        await desk.ClickAsync("#push-signing");
        await desk.WaitForSelectorAsync("#signing-table");
        Assert.Equal("待签署", (await desk.TextContentAsync(".signing-status"))?.Trim());

        var phone = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        var portal = apps.Portal.RootUrl;
        await phone.GotoAsync(portal + "/");
        await phone.ClickAsync("label[for='sandbox-openid-1']");
        await phone.ClickAsync("#signin");
        await phone.WaitForURLAsync(portal + "/");
        await phone.ClickAsync(".pending-tasks >> text=请签署细胞健康服务合同");
        await phone.ClickAsync("#task-action");
        await phone.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Sign/[0-9a-f-]{36}$"));

        // pdf.js draws every page of the three-page contract.
        await phone.WaitForSelectorAsync("#pdf-pages[data-rendered]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        Assert.Equal("3", await phone.GetAttributeAsync("#pdf-pages", "data-rendered"));
        Assert.Equal(3, await phone.Locator("#pdf-pages canvas.pdf-page").CountAsync());
        var firstPage = await phone.Locator("#pdf-pages canvas.pdf-page").First.BoundingBoxAsync();
        Assert.InRange(firstPage!.Width, 300, 390);
        Assert.True(firstPage.Height > firstPage.Width, "An A4 page is taller than wide.");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "contract-sign-pdf-phone.png") });

        // Not signed yet: the page stops the submission.
        await phone.ClickAsync("#sign-submit");
        Assert.Equal("请先签名，后提交", (await phone.TextContentAsync("#err-signature"))?.Trim());

        var pad = phone.Locator("#signature-pad");
        await pad.ScrollIntoViewIfNeededAsync();
        var box = await pad.BoundingBoxAsync() ?? throw new InvalidOperationException("No signing canvas.");
        await phone.Mouse.MoveAsync(box.X + 30, box.Y + box.Height / 2);
        await phone.Mouse.DownAsync();
        for (var i = 1; i <= 30; i++)
        {
            await phone.Mouse.MoveAsync(box.X + 30 + i * (box.Width - 60) / 30, box.Y + box.Height / 2 + 40 * MathF.Sin(i / 3f), new MouseMoveOptions { Steps = 2 });
        }

        await phone.Mouse.UpAsync();
        await phone.ClickAsync("#sign-submit");
        await phone.WaitForSelectorAsync("#sign-state");
        Assert.Equal("签署完成", (await phone.TextContentAsync("#sign-state"))?.Trim());
        Assert.Matches("^[0-9a-f]{64}$", (await phone.TextContentAsync("#signed-sha256"))?.Trim() ?? "");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "contract-sign-done-phone.png"), FullPage = true });
        Assert.Equal(ContractStatus.Signed, await SigningScenario.ContractStatusAsync(apps, contractId));

        // The advisor submits it to 客服审核; customer service approves; the contract is 已生效.
        await desk.GotoAsync(office + $"/Contracts/Details/{contractId}");
        Assert.Equal("已签署", (await desk.TextContentAsync(".signing-status"))?.Trim());
        Assert.Contains("张晓梅", await desk.TextContentAsync(".evidence-signer") ?? "");
        await desk.ClickAsync("#submit-review");
        await desk.WaitForSelectorAsync("#review-link");
        var service = await DeskAsync(browser, "service");
        await service.GotoAsync(office + $"/Contracts/Details/{contractId}");
        await service.ClickAsync("#review-link");
        await service.ClickAsync("#approve");
        await service.WaitForSelectorAsync("text=已同意");
        await service.GotoAsync(office + $"/Contracts/Details/{contractId}");
        Assert.Equal("已生效", (await service.TextContentAsync("#contract-status"))?.Trim());
        await service.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "contract-sign-effective.png"), FullPage = true });
        Assert.Equal(ContractStatus.Effective, await SigningScenario.ContractStatusAsync(apps, contractId));
    }

    private async Task<IPage> DeskAsync(IBrowser browser, string user)
    {
        var desk = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        // The page asks before pushing and submitting (data-confirm).
        desk.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var office = apps.BackOffice.RootUrl;
        await desk.GotoAsync(office + "/");
        await desk.FillAsync("#Input_UserName", user);
        await desk.FillAsync("#Input_Password", "cellcrm2026");
        await desk.ClickAsync("button[type=submit]");
        await desk.WaitForURLAsync(office + "/");
        return desk;
    }
}
