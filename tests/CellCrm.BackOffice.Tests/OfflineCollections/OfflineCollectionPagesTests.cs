using System.Net;
using System.Net.Http.Headers;
using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.OfflineCollections;

/// <summary>线下收款 over HTTP on MariaDB: entered from the contract page with a 凭证, counted in the contract's
/// received amount, checked by finance (an error takes it out again), the amount rules under the line, the data
/// scope and the finance-only checking, a double submission saving once, and the evening reminder of drafts.</summary>
public class OfflineCollectionPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Enter_FromTheContractPage_WithAttachment_CountsAsReceived_UntilFinanceFindsAnError()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        var details = await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}");
        Assert.Contains($"/OfflineCollections/Create/{contract.Id}", details);
        Assert.Contains("暂无线下收款", Forms.VisibleText(details));

        var response = await PostCollectionAsync(advisor, contract, "Enter", stem: "30,000.00", attachment: ReportFiles.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var collection = await app.QueryAsync(db => db.OfflineCollections.AsNoTracking().Include(c => c.Lines).SingleAsync());
        Assert.Equal((OfflineCollectionStatus.PendingCheck, 30_000_00L, false), (collection.Status, collection.AmountFen, collection.IsLate));
        Assert.Equal(OfflineMethod.CmbTransfer, collection.Method);
        Assert.Single(collection.Lines);
        var file = await app.QueryAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.OwnerId == collection.Id));
        Assert.Equal(OfflineCollectionService.FileOwnerType, file.OwnerType);
        var text = Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}"));
        Assert.Contains("已收（元） 30,000.00 未收（元） 57,800.00", text);
        Assert.Contains("招行转账", text);
        var attachment = await advisor.GetAsync($"/OfflineCollections/Details/{collection.Id}?handler=File&fileId={file.Id}");
        Assert.Equal(HttpStatusCode.OK, attachment.StatusCode);
        Assert.Equal(ReportFiles.Pdf, await attachment.Content.ReadAsByteArrayAsync());

        var finance = await SignedInAsync("finance");
        Assert.Contains("待核对 1", Forms.VisibleText(await finance.ReadPageAsync("/OfflineCollections")));
        var page = $"/OfflineCollections/Details/{collection.Id}";
        var noNote = await finance.SubmitAsync(page, CheckForm(collection, "AmountDiffers", hasError: true, note: ""), $"{page}?handler=Check");
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Contains("请填写错误说明", Forms.VisibleText(await noNote.Content.ReadAsStringAsync()));

        var check = await finance.SubmitAsync(page, CheckForm(collection, "AmountDiffers", hasError: true, note: "实际到账20,000元"), $"{page}?handler=Check");

        Assert.Equal(HttpStatusCode.Redirect, check.StatusCode);
        collection = await app.QueryAsync(db => db.OfflineCollections.AsNoTracking().SingleAsync());
        Assert.Equal((OfflineCollectionStatus.Erroneous, "实际到账20,000元"), (collection.Status, collection.ErrorNote));
        Assert.Contains("已收（元） 0.00 未收（元） 87,800.00", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));
        Assert.Contains("待核对 0", Forms.VisibleText(await finance.ReadPageAsync("/OfflineCollections")));
        Assert.Contains("核对有误", Forms.VisibleText(await advisor.ReadPageAsync(page)));
    }

    [Fact]
    public async Task Check_Matched_KeepsItCounted_AndOnlyFinanceMayCheck()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        await PostCollectionAsync(advisor, contract, "Enter", stem: "68000", immune: "19800");
        var collection = await app.QueryAsync(db => db.OfflineCollections.AsNoTracking().SingleAsync());
        var page = $"/OfflineCollections/Details/{collection.Id}";

        AssertDenied(await advisor.SubmitAsync(page, CheckForm(collection, "Matched"), $"{page}?handler=Check"));
        var finance = await SignedInAsync("finance");
        Assert.Equal(HttpStatusCode.Redirect, (await finance.SubmitAsync(page, CheckForm(collection, "Matched"), $"{page}?handler=Check")).StatusCode);

        collection = await app.QueryAsync(db => db.OfflineCollections.AsNoTracking().SingleAsync());
        Assert.Equal(OfflineCollectionStatus.Checked, collection.Status);
        Assert.NotNull(collection.CheckerName);
        Assert.Contains("回款核对 已到账，金额一致 是否有错误 没有", Forms.VisibleText(await finance.ReadPageAsync(page)));
        Assert.Contains("已收（元） 87,800.00 未收（元） 0.00", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));

        // Nothing is owed any more: a further entry is refused.
        var more = await PostCollectionAsync(advisor, contract, "Enter", stem: "0.01");
        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.OfflineCollections.CountAsync()));
    }

    [Fact]
    public async Task LineAboveWhatItStillOwes_IsRefusedUnderTheLine_AndNothingIsSaved()
    {
        var (advisor, contract) = await SubmittedContractAsync();

        var response = await PostCollectionAsync(advisor, contract, "Enter", stem: "100", immune: "19800.01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("的回款金额不能超过该产品未回款金额19,800.00元", FieldMessage(html, "Input.Lines[1].Amount"));
        var bad = await PostCollectionAsync(advisor, contract, "Enter", stem: "12.345");
        Assert.Equal("请填写正确的金额（最多两位小数）", FieldMessage(await bad.Content.ReadAsStringAsync(), "Input.Lines[0].Amount"));
        var noMethod = await PostCollectionAsync(advisor, contract, "Enter", stem: "100", method: "");
        Assert.Equal("请选择回款方式", FieldMessage(await noMethod.Content.ReadAsStringAsync(), "Input.Method"));
        Assert.Equal(0, await app.QueryAsync(db => db.OfflineCollections.CountAsync()));
    }

    [Fact]
    public async Task SameFormSubmittedTwice_SavesOnce()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        var key = Guid.NewGuid().ToString();

        var first = await PostCollectionAsync(advisor, contract, "Enter", stem: "1000", requestKey: key);
        var second = await PostCollectionAsync(advisor, contract, "Enter", stem: "1000", requestKey: key);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.QueryAsync(db => db.OfflineCollections.CountAsync()));
    }

    [Fact]
    public async Task AnotherAdvisor_CannotOpenOrEnter_ButTheRecordsStayOutOfTheirList()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        await PostCollectionAsync(advisor, contract, "Enter", stem: "1000");
        var id = await app.QueryAsync(db => db.OfflineCollections.Select(c => c.Id).SingleAsync());
        var advisor2 = await SignedInAsync("advisor2");

        AssertDenied(await advisor2.GetAsync($"/OfflineCollections/Details/{id}"));
        AssertDenied(await advisor2.GetAsync($"/OfflineCollections/Create/{contract.Id}"));
        Assert.DoesNotContain(contract.Number, Forms.VisibleText(await advisor2.ReadPageAsync("/OfflineCollections")));
        Assert.Contains(contract.Number, Forms.VisibleText(await advisor.ReadPageAsync("/OfflineCollections")));
        AssertDenied(await (await SignedInAsync("warehouse")).GetAsync("/OfflineCollections"));
    }

    [Fact]
    public async Task Draft_NotEnteredOnItsDay_RemindsTheAdvisorInTheEvening_AndEnteringLateMarksIt()
    {
        var (advisor, contract) = await SubmittedContractAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostCollectionAsync(advisor, contract, "Draft", stem: "500")).StatusCode);
        var draft = await app.QueryAsync(db => db.OfflineCollections.AsNoTracking().SingleAsync());
        Assert.Equal(OfflineCollectionStatus.Draft, draft.Status);
        Assert.Contains("已收（元） 0.00", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));

        var sent = await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionReminderJob>().RunAsync(CancellationToken.None));

        Assert.Equal(1, sent);
        var notice = await app.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.RecipientId == contract.OwnerId));
        Assert.Equal("线下收款未录入 1 笔", notice.Title);
        Assert.Contains(contract.Number, notice.Body);

        app.Clock.Advance(TimeSpan.FromDays(1));
        try
        {
            // A day later the sign-in of yesterday has expired.
            advisor = await SignedInAsync("advisor");
            var page = $"/OfflineCollections/Details/{draft.Id}";
            Assert.Equal(HttpStatusCode.Redirect,
                (await advisor.SubmitAsync(page, [new("Version", draft.Version.ToString())], $"{page}?handler=Enter")).StatusCode);
            var entered = await app.QueryAsync(db => db.OfflineCollections.AsNoTracking().SingleAsync());
            Assert.Equal((OfflineCollectionStatus.PendingCheck, true), (entered.Status, entered.IsLate));
            Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionReminderJob>().RunAsync(CancellationToken.None)));
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    private static List<KeyValuePair<string, string>> CheckForm(OfflineCollection c, string result, bool hasError = false, string note = "") =>
    [
        new("Version", c.Version.ToString()), new("Check.CheckedOn", c.ReceivedOn.ToString("yyyy-MM-dd")), new("Check.Result", result),
        new("Check.HasError", hasError ? "true" : "false"), new("Check.ErrorNote", note),
    ];

    /// <summary>Posts 新建线下收款 for the contract's stem (line 0) and CIK (line 1) amounts, with an optional 凭证.</summary>
    private async Task<HttpResponseMessage> PostCollectionAsync(HttpClient browser, Contract contract, string handler, string stem = "",
        string immune = "", string method = "CmbTransfer", byte[]? attachment = null, string? requestKey = null)
    {
        var url = $"/OfflineCollections/Create/{contract.Id}";
        var html = await browser.ReadPageAsync(url);
        var lines = contract.Lines.OrderBy(l => l.Sort).ToList();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(requestKey ?? InputValue(html, "Input.RequestKey")), "Input.RequestKey" },
            { new StringContent(method), "Input.Method" },
            { new StringContent(ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd")), "Input.ReceivedOn" },
            { new StringContent("张晓梅"), "Input.Payer" },
            { new StringContent(lines[0].Id.ToString()), "Input.Lines[0].ContractLineId" },
            { new StringContent(stem), "Input.Lines[0].Amount" },
            { new StringContent(lines[1].Id.ToString()), "Input.Lines[1].ContractLineId" },
            { new StringContent(immune), "Input.Lines[1].Amount" },
        };
        if (attachment is not null)
        {
            var file = new ByteArrayContent(attachment);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Attachments", "转账凭证.pdf");
        }

        return await browser.PostAsync($"{url}?handler={handler}", form);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(user);
        return browser;
    }

    /// <summary>A paper contract for Zhang (87,800.00 yuan) created and submitted by the advisor: 待签署, it accepts payment.</summary>
    private async Task<(HttpClient Advisor, Contract Contract)> SubmittedContractAsync()
    {
        var advisor = await SignedInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form())).StatusCode);
        var contract = await app.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync());
        var page = $"/Contracts/Details/{contract.Id}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await advisor.SubmitAsync(page, [new("Version", contract.Version.ToString())], $"{page}?handler=Submit")).StatusCode);
        return (advisor, await app.QueryAsync(db => db.Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync()));
    }
}
