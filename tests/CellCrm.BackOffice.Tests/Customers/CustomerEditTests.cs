using System.Net;
using CellCrm.Testing;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>/Customers/Edit/{id}: 修改记录, optimistic concurrency, 查重 excluding itself, tags.</summary>
public class CustomerEditTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Edit_GetShowsCurrentValues()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var html = await browser.ReadPageAsync($"/Customers/Edit/{zhang}");

        Assert.Equal("张晓梅", InputValue(html, "Input.Name"));
        Assert.Equal(ZhangMobile, InputValue(html, "Input.Mobile"));
        Assert.Equal(ZhangIdNumber, InputValue(html, "Input.IdNumber"));
        Assert.Equal("0", InputValue(html, "Input.Version"));
        Assert.Contains("保持当前家庭档案（张晓梅的家庭）", html);
    }

    [Fact]
    public async Task Edit_ChangingName_ShowsFieldOldAndNewWithEditorInHistory()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var response = await browser.SubmitAsync($"/Customers/Edit/{zhang}",
            Form("张晓梅梅", ZhangMobile, ("IdNumber", ZhangIdNumber), ("Family", "Keep"), ("Tags", "VIP，老客户")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var text = Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{zhang}"));
        Assert.Contains("客户资料已保存", text);
        Assert.Contains("郭顾问 修改客户 名称/姓名 张晓梅 张晓梅梅", text);
        Assert.Contains("郭顾问 新建标签 VIP", text);
        var saved = await app.FindCustomerAsync(ZhangMobile);
        Assert.Equal("张晓梅梅", saved!.Name);
        Assert.Equal(["VIP", "老客户"], saved.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Edit_RemovingTag_DeletesItAndRecordsIt()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        await browser.SubmitAsync($"/Customers/Edit/{zhang}", Form("张晓梅", ZhangMobile, ("IdNumber", ZhangIdNumber), ("Family", "Keep"), ("Tags", "VIP、高意向")));

        var edit = await browser.ReadPageAsync($"/Customers/Edit/{zhang}");
        Assert.Equal("VIP，高意向", InputValue(edit, "Input.Tags"));
        await browser.SubmitAsync($"/Customers/Edit/{zhang}", Form("张晓梅", ZhangMobile,
            ("IdNumber", ZhangIdNumber), ("Family", "Keep"), ("Tags", "VIP"), ("Version", InputValue(edit, "Input.Version"))));

        Assert.Equal(["VIP"], (await app.FindCustomerAsync(ZhangMobile))!.Tags.Select(t => t.Name));
        Assert.Contains("郭顾问 删除标签 高意向", Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{zhang}")));
    }

    [Fact]
    public async Task Edit_WhenSomeoneElseSavedFirst_ShowsReloadMessageAndKeepsTheirValue()
    {
        var advisor = await app.SignedInAsync("advisor");
        var leader = await app.SignedInAsync("leader");
        var zhang = await app.CustomerIdAsync(ZhangMobile);
        var url = $"/Customers/Edit/{zhang}";
        var advisorPage = await advisor.ReadPageAsync(url);
        var leaderPage = await leader.ReadPageAsync(url);

        var first = await advisor.PostFormAsync(url, Forms.AntiforgeryToken(advisorPage),
            Form("张晓梅甲", ZhangMobile, ("IdNumber", ZhangIdNumber), ("Family", "Keep"), ("Version", InputValue(advisorPage, "Input.Version"))));
        var second = await leader.PostFormAsync(url, Forms.AntiforgeryToken(leaderPage),
            Form("张晓梅乙", ZhangMobile, ("IdNumber", ZhangIdNumber), ("Family", "Keep"), ("Version", InputValue(leaderPage, "Input.Version"))));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("该客户资料已被他人修改，请刷新页面后重新编辑", Forms.VisibleText(await second.Content.ReadAsStringAsync()));
        Assert.Equal("张晓梅甲", (await app.FindCustomerAsync(ZhangMobile))!.Name);
    }

    [Fact]
    public async Task Edit_ChangingMobileToAnotherCustomers_ShowsDuplicateWithLinkAndSavesNothing()
    {
        var browser = await app.SignedInAsync("advisor");
        var wang = await app.CustomerIdAsync(WangMobile);
        var li = await app.CustomerIdAsync(LiMobile);

        var response = await browser.SubmitAsync($"/Customers/Edit/{wang}", Form("王丽", LiMobile, ("Family", "Keep")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("该手机号码已被客户“李建国”使用，请勿重复建档", FieldMessage(html, "Input.Mobile"));
        Assert.Contains($"href=\"/Customers/Details/{li}\"", html);
        Assert.NotNull(await app.FindCustomerAsync(WangMobile));
    }

    [Fact]
    public async Task Edit_WithInvalidIdNumber_ShowsMessageAndChangesNothing()
    {
        var browser = await app.SignedInAsync("advisor");
        var wang = await app.CustomerIdAsync(WangMobile);

        var response = await browser.SubmitAsync($"/Customers/Edit/{wang}", Form("王丽丽", WangMobile, ("Family", "Keep"), ("IdNumber", "320525197009184885")));

        Assert.Equal("居民身份证号码校验位不正确，请核对", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.IdNumber"));
        Assert.Equal("王丽", (await app.FindCustomerAsync(WangMobile))!.Name);
    }

    [Fact]
    public async Task Edit_JoiningAnotherFamily_MovesTheCustomer()
    {
        var browser = await app.SignedInAsync("advisor");
        var wang = await app.CustomerIdAsync(WangMobile);

        await browser.SubmitAsync($"/Customers/Edit/{wang}", Form("王丽", WangMobile, ("Family", "Join"), ("FamilyMemberMobile", LiMobile)));

        Assert.Equal((await app.FindCustomerAsync(LiMobile))!.FamilyArchiveId, (await app.FindCustomerAsync(WangMobile))!.FamilyArchiveId);
        Assert.Contains("郭顾问 修改客户 家庭档案 王丽的家庭 李建国的家庭", Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{wang}")));
    }
}
