using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Invoices;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Invoices;

/// <summary>开票申请 end to end: the advisor applies on a contract's received amount, finance issues (with the invoice
/// file) or rejects; amounts above what may still be invoiced, bad titles, repeats and other staff refused.</summary>
public class InvoicePagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private const string CreditCode = "91350100M000100Y43";

    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Apply_ForACompany_ThenFinanceIssuesWithTheInvoiceFile()
    {
        var (advisor, contract) = await ContractWithReceivedAsync(1_000_00);
        var details = Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}"));
        Assert.Contains("开票申请 已收（元） 1,000.00 已开票及待开票（元） 0.00 可开票（元） 1,000.00", details);

        var response = await ApplyAsync(advisor, contract.Id, "600", title: "深圳某某科技有限公司");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await SingleAsync();
        Assert.Equal((InvoiceTitleType.Company, CreditCode, 600_00L, InvoiceApplicationStatus.Pending, "finance@example.com"),
            (application.TitleType, application.TaxId, application.AmountFen, application.Status, application.Email));
        Assert.Contains("可开票（元） 400.00", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));
        // The advisor reads it but has nothing to decide.
        Assert.DoesNotContain("登记开票", Forms.VisibleText(await advisor.ReadPageAsync($"/Invoices/Details/{application.Id}")));

        var finance = await app.SignedInAsync("finance");
        Assert.Contains(application.Number, await finance.ReadPageAsync("/Invoices?Status=Pending"));
        var badNumber = await IssueAsync(finance, application.Id, "1234567", "2026-11-27", ReportFiles.Pdf);
        Assert.Equal(HttpStatusCode.OK, badNumber.StatusCode);
        Assert.Contains("发票号码应为8至20位数字", Forms.VisibleText(await badNumber.Content.ReadAsStringAsync()));
        // Nothing is kept of a refused issue, not even the file.
        Assert.Equal(0, await app.QueryAsync(db => db.StoredFiles.CountAsync()));
        var issued = await IssueAsync(finance, application.Id, "26442000000012345678", app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd"), ReportFiles.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        application = await SingleAsync();
        Assert.Equal((InvoiceApplicationStatus.Issued, "26442000000012345678"), (application.Status, application.InvoiceNumber));
        Assert.NotNull(application.AttachmentFileId);
        var file = await advisor.GetAsync($"/Invoices/Details/{application.Id}?handler=Attachment");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(ReportFiles.Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(InvoiceApplication) && a.EntityId == application.Id
            && a.Field == nameof(InvoiceApplication.Status) && a.NewValue == "Issued")));

        // Another advisor sees neither the application nor its file.
        var advisor2 = await app.SignedInAsync("advisor2");
        CustomerTestData.AssertDenied(await advisor2.GetAsync($"/Invoices/Details/{application.Id}"));
        CustomerTestData.AssertDenied(await advisor2.GetAsync($"/Invoices/Details/{application.Id}?handler=Attachment"));
        Assert.DoesNotContain(application.Number, await advisor2.ReadPageAsync("/Invoices"));
    }

    [Fact]
    public async Task Apply_AboveReceivedLessInvoicedOrPending_IsRefused_UntilARejectionFreesIt()
    {
        var (advisor, contract) = await ContractWithReceivedAsync(1_000_00);
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(advisor, contract.Id, "600")).StatusCode);

        var over = await ApplyAsync(advisor, contract.Id, "400.01");

        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        Assert.Contains("开票金额不能超过可开票金额400.00元", Forms.VisibleText(await over.Content.ReadAsStringAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.InvoiceApplications.CountAsync()));

        var finance = await app.SignedInAsync("finance");
        var first = await SingleAsync();
        var page = $"/Invoices/Details/{first.Id}";
        var noReason = await finance.SubmitAsync(page, [new("Version", first.Version.ToString()), new("RejectionReason", "")], $"{page}?handler=Reject");
        Assert.Contains("请填写驳回原因", Forms.VisibleText(await noReason.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await finance.SubmitAsync(page,
            [new("Version", first.Version.ToString()), new("RejectionReason", "抬头与营业执照不一致")], $"{page}?handler=Reject")).StatusCode);
        Assert.Equal((InvoiceApplicationStatus.Rejected, "抬头与营业执照不一致"), ((await SingleAsync()).Status, (await SingleAsync()).RejectionReason));

        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(advisor, contract.Id, "1000")).StatusCode);
    }

    [Fact]
    public async Task Apply_SameFormSubmittedThreeTimesAtOnce_AppliesOnce_AndTwoFormsAtOnce_NeverExceedTheReceived()
    {
        var (advisor, contract) = await ContractWithReceivedAsync(1_000_00);
        var url = $"/Invoices/Create?ContractId={contract.Id}";
        var html = await advisor.ReadPageAsync(url);
        var fields = Fields(html, "600");

        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => advisor.PostFormAsync(url, Forms.AntiforgeryToken(html), fields)));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        Assert.Equal(1, await app.QueryAsync(db => db.InvoiceApplications.CountAsync()));

        // Two new forms of 300 each against the 400 left: one goes through, the other is refused.
        var a = await advisor.ReadPageAsync(url);
        var b = await advisor.ReadPageAsync(url);
        var both = await Task.WhenAll(advisor.PostFormAsync(url, Forms.AntiforgeryToken(a), Fields(a, "300")),
            advisor.PostFormAsync(url, Forms.AntiforgeryToken(b), Fields(b, "300")));
        Assert.Equal(1, both.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(900_00, await app.QueryAsync(db => db.InvoiceApplications.SumAsync(x => x.AmountFen)));
    }

    [Fact]
    public async Task Apply_CompanyWithoutAValidTaxId_OrABadEmail_IsRefusedUnderTheField()
    {
        var (advisor, contract) = await ContractWithReceivedAsync(1_000_00);

        var noTaxId = Forms.VisibleText(await (await ApplyAsync(advisor, contract.Id, "100", taxId: "")).Content.ReadAsStringAsync());
        var badTaxId = Forms.VisibleText(await (await ApplyAsync(advisor, contract.Id, "100", taxId: "91350100M000100Y44")).Content.ReadAsStringAsync());
        var badMail = Forms.VisibleText(await (await ApplyAsync(advisor, contract.Id, "100", email: "finance@")).Content.ReadAsStringAsync());
        var badAmount = Forms.VisibleText(await (await ApplyAsync(advisor, contract.Id, "1.234")).Content.ReadAsStringAsync());

        Assert.Contains("请填写纳税人识别号", noTaxId);
        Assert.Contains("纳税人识别号应为18位统一社会信用代码，请核对", badTaxId);
        Assert.Contains("请填写正确的邮箱地址", badMail);
        Assert.Contains("请输入正确的金额（元，最多两位小数）", badAmount);
        Assert.Equal(0, await app.QueryAsync(db => db.InvoiceApplications.CountAsync()));

        // A person needs no tax id.
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(advisor, contract.Id, "100", type: "Personal", title: "张晓梅", taxId: "")).StatusCode);
    }

    [Fact]
    public async Task OnlyFinance_IssuesOrRejects_AndOtherAdvisorsCannotApply()
    {
        var (advisor, contract) = await ContractWithReceivedAsync(1_000_00);
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(advisor, contract.Id, "100")).StatusCode);
        var application = await SingleAsync();

        var byAdvisor = await IssueAsync(advisor, application.Id, "12345678", "2026-11-27", null);
        CustomerTestData.AssertDenied(byAdvisor);
        Assert.Equal(InvoiceApplicationStatus.Pending, (await SingleAsync()).Status);

        var advisor2 = await app.SignedInAsync("advisor2");
        CustomerTestData.AssertDenied(await advisor2.GetAsync($"/Invoices/Create?ContractId={contract.Id}"));
        var token = Forms.AntiforgeryToken(await advisor2.ReadPageAsync("/Invoices"));
        CustomerTestData.AssertDenied(await advisor2.PostFormAsync($"/Invoices/Create?ContractId={contract.Id}", token,
            [new("Input.RequestKey", Guid.NewGuid().ToString()), new("Input.TitleType", "Personal"), new("Input.Title", "张晓梅"),
             new("Input.Amount", "1"), new("Input.Email", "a@b.cn")]));
        Assert.Equal(1, await app.QueryAsync(db => db.InvoiceApplications.CountAsync()));
    }

    private async Task<HttpResponseMessage> ApplyAsync(HttpClient browser, Guid contractId, string amount, string type = "Company",
        string title = "深圳某某科技有限公司", string? taxId = CreditCode, string email = "finance@example.com")
    {
        var url = $"/Invoices/Create?ContractId={contractId}";
        var html = await browser.ReadPageAsync(url);
        return await browser.PostFormAsync(url, Forms.AntiforgeryToken(html), Fields(html, amount, type, title, taxId, email));
    }

    private static List<KeyValuePair<string, string>> Fields(string html, string amount, string type = "Company", string title = "深圳某某科技有限公司",
        string? taxId = CreditCode, string email = "finance@example.com") =>
    [
        new("Input.RequestKey", Regex.Match(html, "name=\"Input.RequestKey\" value=\"([^\"]+)\"").Groups[1].Value),
        new("Input.TitleType", type), new("Input.Title", title), new("Input.TaxId", taxId ?? ""), new("Input.Amount", amount), new("Input.Email", email),
    ];

    private static async Task<HttpResponseMessage> IssueAsync(HttpClient browser, Guid id, string number, string date, byte[]? file)
    {
        var page = $"/Invoices/Details/{id}";
        var html = await browser.ReadPageAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"") is { Success: true } m ? m.Groups[1].Value : "0"), "Version" },
            { new StringContent(number), "Issue.InvoiceNumber" },
            { new StringContent(date), "Issue.InvoiceDate" },
        };
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "Issue.Attachment", "发票.pdf");
        }

        return await browser.PostAsync($"{page}?handler=Issue", form);
    }

    private Task<InvoiceApplication> SingleAsync() => app.QueryAsync(db => db.InvoiceApplications.AsNoTracking().OrderBy(a => a.CreatedAt).FirstAsync());

    /// <summary>A paper contract for Zhang created and submitted by the advisor, and <paramref name="receivedFen"/> paid
    /// online against it (recorded as WeChat Pay's notify records it).</summary>
    private async Task<(HttpClient Advisor, Contract Contract)> ContractWithReceivedAsync(long receivedFen)
    {
        var advisor = await app.SignedInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form())).StatusCode);
        var contract = await app.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync());
        var page = $"/Contracts/Details/{contract.Id}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await advisor.SubmitAsync(page, [new("Version", contract.Version.ToString())], $"{page}?handler=Submit")).StatusCode);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var now = app.Clock.GetUtcNow();
            var link = PaymentLink.Send(contract.CustomerId, receivedFen, "合同 " + contract.Number, contract.Id, null, contract.OwnerId, "顾问", now);
            var outTradeNo = Guid.CreateVersion7().ToString("N");
            link.StartAttempt(outTradeNo, now);
            db.PaymentLinks.Add(link);
            db.Payments.Add(link.Credit(outTradeNo, "42000" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), receivedFen, now, PaymentSource.Notify, now)!);
            await db.SaveChangesAsync();
        });
        return (advisor, contract);
    }
}
