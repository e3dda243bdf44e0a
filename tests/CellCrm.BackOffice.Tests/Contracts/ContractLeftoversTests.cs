using System.Net;
using System.Net.Http.Headers;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Contracts;

/// <summary>The customer page's 合同/订单 list, and 证明材料 of discount applications (checked before anything is
/// saved, shown to the approvers, downloadable in scope, added only while the application may change).</summary>
public class ContractLeftoversTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task CustomerPage_ListsTheCustomersContracts_WithTypeStatusAmountAndLink()
    {
        var advisor = await SignedInAsync("advisor");
        var before = await advisor.GetStringAsync($"/Customers/Details/{_data.Zhang}");
        Assert.Contains("尚无合同或订单", Forms.VisibleText(before));

        await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form());
        var contract = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.AsNoTracking().SingleAsync());

        var html = await advisor.GetStringAsync($"/Customers/Details/{_data.Zhang}");
        Assert.Contains($"href=\"/Contracts/Details/{contract.Id}\"", html);
        var section = Forms.VisibleText(html[html.IndexOf("id=\"customer-contracts\"", StringComparison.Ordinal)..]);
        foreach (var expected in new[] { contract.Number, "营销中心细胞健康", "纸质合同", "草稿", "87,800.00" })
        {
            Assert.Contains(expected, section);
        }

        // Another customer's page does not list it (seen by the admin, who sees every customer).
        var admin = await SignedInAsync("admin");
        Assert.Contains(contract.Number, await admin.GetStringAsync($"/Customers/Details/{_data.Zhang}"));
        var other = await admin.GetStringAsync($"/Customers/Details/{_data.Liu}");
        Assert.Contains("尚无合同或订单", Forms.VisibleText(other));
        Assert.DoesNotContain(contract.Number, other);
    }

    [Fact]
    public async Task DiscountApplication_Proofs_CheckedFirst_ShownToApprovers_DownloadableInScope()
    {
        var advisor = await SignedInAsync("advisor");
        var page = $"/DiscountApplications/Create?customerId={_data.Zhang}";

        // One file of the wrong type: refused under the field, and no application is created.
        var refused = await PostApplicationAsync(advisor, page, ("收入证明.pdf", ReportFiles.Pdf), ("setup.pdf", ReportFiles.Exe));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("证明材料“setup.pdf”的文件类型不支持", Forms.VisibleText(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DiscountApplications.CountAsync()));

        var applied = await PostApplicationAsync(advisor, page, ("收入证明.pdf", ReportFiles.Pdf), ("员工证.png", ReportFiles.Png));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var (applicationId, requestId) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var id = await db.DiscountApplications.Select(a => a.Id).SingleAsync();
            return (id, await db.ApprovalRequests.Where(r => r.SubjectId == id).Select(r => r.Id).SingleAsync());
        });

        // The approver sees both files in the inbox and downloads them.
        var leader = await SignedInAsync("leader");
        var inbox = await leader.GetStringAsync($"/Approvals/Details/{requestId}");
        Assert.Contains("证明材料：收入证明.pdf", Forms.VisibleText(inbox));
        Assert.Contains("证明材料：员工证.png", Forms.VisibleText(inbox));
        var link = System.Text.RegularExpressions.Regex.Match(inbox, "href=\"(/DiscountApplications/Proofs/[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&");
        var download = await leader.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(ReportFiles.Pdf, await download.Content.ReadAsByteArrayAsync());

        // Outside the scope and not an approver: denied; a file of another owner is not served through this application.
        var advisor2 = await SignedInAsync("advisor2");
        AssertDenied(await advisor2.GetAsync(link));
        AssertDenied(await advisor2.GetAsync($"/DiscountApplications/Proofs/{applicationId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync($"/DiscountApplications/Proofs/{applicationId}?handler=File&fileId={Guid.NewGuid()}")).StatusCode);

        // More proof while pending; none once approved.
        var proofs = $"/DiscountApplications/Proofs/{applicationId}";
        Assert.Equal(HttpStatusCode.Redirect, (await UploadProofsAsync(advisor, proofs, ("补充说明.jpg", ReportFiles.Jpeg))).StatusCode);
        Assert.Contains("补充说明.jpg", Forms.VisibleText(await advisor.GetStringAsync(proofs)));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            (await db.DiscountApplications.SingleAsync()).Approve(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("upload-proofs", await advisor.GetStringAsync(proofs));
        var late = await UploadProofsAsync(advisor, proofs, ("迟到.pdf", ReportFiles.Pdf), fromPage: false);
        Assert.Contains("优惠申请已通过，不能再补充证明材料", Forms.VisibleText(await late.Content.ReadAsStringAsync()));
        Assert.Equal(3, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().StoredFiles
            .CountAsync(f => f.OwnerType == DiscountProofService.FileOwnerType && f.OwnerId == applicationId)));
    }

    private async Task<HttpResponseMessage> PostApplicationAsync(HttpClient browser, string page, params (string Name, byte[] Bytes)[] files)
    {
        var form = await MultipartAsync(browser, page,
        [
            new("Input.CustomerId", _data.Zhang.ToString()), new("Input.PolicyId", _data.Vip.ToString()), new("Input.VipSource", "老客户转介绍"),
            new("Input.Reason", "公司特殊VIP客户"), new("Input.AmountBefore", "68000"), new("Input.Discount", "18000"),
        ], files);
        return await browser.PostAsync(page, form);
    }

    /// <param name="fromPage">Take the form's token from the page (false: from the index, for a page that no longer offers the form).</param>
    private async Task<HttpResponseMessage> UploadProofsAsync(HttpClient browser, string page, (string Name, byte[] Bytes) file, bool fromPage = true)
    {
        var form = await MultipartAsync(browser, fromPage ? page : "/DiscountApplications", [], [file]);
        return await browser.PostAsync(page, form);
    }

    private static async Task<MultipartFormDataContent> MultipartAsync(HttpClient browser, string page, List<KeyValuePair<string, string>> fields,
        (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(Forms.AntiforgeryToken(await browser.GetStringAsync(page))), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "Proofs", name);
        }

        return form;
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(user);
        return browser;
    }
}
