using System.Net;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>/Customers/Create: field rules, 查重 within and across data scope, family archive, races.</summary>
public class CustomerCreateTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Create_WithValidForm_SavesAndShowsInListWithMaskedMobile()
    {
        var browser = await app.SignedInAsync("advisor");

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", "18612345678",
            ("IdNumber", "320525197009184880"), ("Tags", "VIP、高意向"), ("IntendedProduct", "免疫细胞"), ("SourceChannel", "Agent")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.FindCustomerAsync("18612345678");
        Assert.NotNull(saved);
        Assert.Equal($"/Customers/Details/{saved.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("赵小红", "320525197009184880", "免疫细胞", SourceChannel.Agent), (saved.Name, saved.IdNumber, saved.IntendedProduct, saved.SourceChannel));
        Assert.Equal(["VIP", "高意向"], saved.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(1970, 9, 18), saved.Birthday);
        var advisor = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Name == "郭顾问"));
        Assert.Equal((advisor.Id, advisor.DepartmentId), (saved.OwnerId, saved.DepartmentId));

        var details = Forms.VisibleText(await browser.ReadPageAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("已新建客户“赵小红”", details);
        Assert.Contains("赵小红的家庭", details);

        var list = await browser.ReadPageAsync("/Customers");
        Assert.Equal("赵小红", ListedNames(list)[0]);
        Assert.Contains("186****5678", list);
        Assert.DoesNotContain("18612345678", list);
    }

    [Theory]
    [InlineData("Mobile", "12345", "Input.Mobile", "手机号码应为11位中国大陆手机号")]
    [InlineData("Mobile", "", "Input.Mobile", "请填写手机号码")]
    [InlineData("IdNumber", "320525197009184885", "Input.IdNumber", "居民身份证号码校验位不正确，请核对")]
    [InlineData("Name", "张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张", "Input.Name", "客户姓名不能超过30个字符")]
    [InlineData("Name", "", "Input.Name", "请填写客户姓名")]
    [InlineData("Tags", "1,2,3,4,5,6,7,8,9,10,11", "Input.Tags", "标签最多10个")]
    public async Task Create_WithInvalidField_ShowsChineseMessageUnderFieldAndSavesNothing(string field, string value, string input, string message)
    {
        var browser = await app.SignedInAsync("advisor");
        var customers = await app.QueryAsync(db => db.Customers.CountAsync());
        var families = await app.QueryAsync(db => db.FamilyArchives.CountAsync());

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", "18612345678", (field, value)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, FieldMessage(await response.Content.ReadAsStringAsync(), input));
        Assert.Equal(customers, await app.QueryAsync(db => db.Customers.CountAsync()));
        Assert.Equal(families, await app.QueryAsync(db => db.FamilyArchives.CountAsync()));
    }

    [Fact]
    public async Task Create_WithMobileOfVisibleCustomer_ShowsFieldErrorWithLinkAndSavesNothing()
    {
        var browser = await app.SignedInAsync("advisor");
        var zhang = await app.CustomerIdAsync(ZhangMobile);

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", ZhangMobile));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("该手机号码已被客户“张晓梅”使用，请勿重复建档", FieldMessage(html, "Input.Mobile"));
        Assert.Contains($"href=\"/Customers/Details/{zhang}\"", html);
        Assert.Equal(5, await app.QueryAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task Create_WithIdNumberOfVisibleCustomer_ShowsFieldErrorOnIdNumber()
    {
        var browser = await app.SignedInAsync("advisor");

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", "18612345678", ("IdNumber", ZhangIdNumber)));

        Assert.Equal("该证件号码已被客户“张晓梅”使用，请勿重复建档", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.IdNumber"));
        Assert.Null(await app.FindCustomerAsync("18612345678"));
    }

    [Fact]
    public async Task Create_WithMobileOfOtherDepartmentsCustomer_OffersShareWithoutRevealingIt()
    {
        var browser = await app.SignedInAsync("advisor");
        var liu = await app.CustomerIdAsync(LiuMobile);

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", LiuMobile));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(CustomerDuplicateCheck.OtherDepartmentMessage, FieldMessage(html, "Input.Mobile"));
        Assert.Contains($"/Customers/Share/Request?mobile={LiuMobile}&amp;name=%E8%B5%B5%E5%B0%8F%E7%BA%A2", html);
        Assert.Contains("申请跨部门客户共享", html);
        Assert.DoesNotContain("刘强", html);
        Assert.DoesNotContain("陈顾问", html);
        Assert.DoesNotContain(liu.ToString(), html);
        Assert.Equal(5, await app.QueryAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task Create_JoiningFamilyByRelativesMobile_SharesTheArchiveAndShowsMembersBothWays()
    {
        var browser = await app.SignedInAsync("advisor");
        var families = await app.QueryAsync(db => db.FamilyArchives.CountAsync());

        var response = await browser.SubmitAsync("/Customers/Create",
            Form("张小宝", "18612345678", ("Family", "Join"), ("FamilyMemberMobile", ZhangMobile)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var zhang = await app.FindCustomerAsync(ZhangMobile);
        var child = await app.FindCustomerAsync("18612345678");
        Assert.Equal(zhang!.FamilyArchiveId, child!.FamilyArchiveId);
        Assert.Equal(families, await app.QueryAsync(db => db.FamilyArchives.CountAsync()));

        var zhangFamily = Forms.VisibleText(await browser.ReadPageAsync($"/Customers/Details/{zhang.Id}"));
        Assert.Contains("张晓梅的家庭", zhangFamily);
        Assert.Contains("张小宝", zhangFamily);
        var childPage = await browser.ReadPageAsync($"/Customers/Details/{child.Id}");
        Assert.Contains($"href=\"/Customers/Details/{zhang.Id}\"", childPage);
    }

    [Fact]
    public async Task Create_JoiningFamilyOfCustomerOutsideScope_IsRefusedWithoutRevealingIt()
    {
        var browser = await app.SignedInAsync("advisor2");

        var response = await browser.SubmitAsync("/Customers/Create",
            Form("张小宝", "18612345678", ("Family", "Join"), ("FamilyMemberMobile", ZhangMobile)));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("未找到使用该手机号码的客户，或您无权查看该客户", FieldMessage(html, "Input.FamilyMemberMobile"));
        Assert.DoesNotContain("张晓梅", html);
        Assert.Null(await app.FindCustomerAsync("18612345678"));
    }

    [Fact]
    public async Task Create_WhenRelativeIsOutsideViewersScope_DetailsCountsButDoesNotNameThem()
    {
        var admin = await app.SignedInAsync("admin");
        await admin.SubmitAsync("/Customers/Create", Form("张大伯", "18612345678", ("Family", "Join"), ("FamilyMemberMobile", ZhangMobile)));
        var advisor = await app.SignedInAsync("advisor");

        var text = Forms.VisibleText(await advisor.ReadPageAsync($"/Customers/Details/{await app.CustomerIdAsync(ZhangMobile)}"));

        Assert.Contains("另有 1 位家庭成员由其他同事负责，您无权查看", text);
        Assert.DoesNotContain("张大伯", text);
    }

    [Fact]
    public async Task Create_WhenAnotherSaveWinsTheRaceAfterTheCheck_ShowsDuplicateAndStoresNothing()
    {
        // The finder misses the first time, as when another staff member's save commits between 查重 and ours:
        // the unique hash index refuses the insert, and the page must explain it like any duplicate.
        await using var racing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<ICustomerDuplicateFinder>(sp => new LateFinder(new CustomerDuplicateFinder(sp.GetRequiredService<CellCrmDbContext>())))));
        var browser = racing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await browser.SignInAsync("advisor");
        var families = await app.QueryAsync(db => db.FamilyArchives.CountAsync());

        var response = await browser.SubmitAsync("/Customers/Create", Form("赵小红", ZhangMobile));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("该手机号码已被客户“张晓梅”使用，请勿重复建档", FieldMessage(await response.Content.ReadAsStringAsync(), "Input.Mobile"));
        Assert.Equal(5, await app.QueryAsync(db => db.Customers.CountAsync()));
        Assert.Equal(families, await app.QueryAsync(db => db.FamilyArchives.CountAsync()));
    }

    /// <summary>Misses on its first call (the race window), then reports what the real finder finds.</summary>
    private sealed class LateFinder(ICustomerDuplicateFinder inner) : ICustomerDuplicateFinder
    {
        private int _calls;

        public async Task<IReadOnlyList<DuplicateHit>> FindAsync(string mobile, IdDocumentType? idType, string? idNumber, Guid? exceptId, CancellationToken ct) =>
            Interlocked.Increment(ref _calls) == 1 ? [] : await inner.FindAsync(mobile, idType, idNumber, exceptId, ct);
    }
}
