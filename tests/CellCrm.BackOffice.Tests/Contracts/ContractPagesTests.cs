using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Contracts;

/// <summary>合同/订单 over HTTP on MariaDB: policy and discount rules, discount applications through the inbox,
/// numbering under concurrency, data scope, the paper scan and 客服审核, bad input.</summary>
public partial class ContractPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Create_WithOrdinaryPolicy_ServerComputesTheTotals_AndTheDetailsShowThem()
    {
        var advisor = await SignedInAsync("advisor");

        var response = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form(stemAfter: "61,200.00", policy: _data.OpenDay));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contract = await SingleContractAsync();
        Assert.Matches(ContractNumber(), contract.Number);
        Assert.Equal(ContractStatus.Draft, contract.Status);
        Assert.Equal(68_000_00 + 19_800_00, contract.AmountBeforeFen);
        Assert.Equal(61_200_00 + 19_800_00, contract.AmountFen);
        Assert.Equal("开放日政策", contract.MarketPolicyName);
        var text = Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Details/{contract.Id}"));
        Assert.Contains("草稿", text);
        Assert.Contains("81,000.00", text);
        Assert.Contains("6,800.00", text);
        Assert.Contains("新建合同", text); // 修改记录
        Assert.Contains(contract.Number, Forms.VisibleText(await advisor.GetStringAsync("/Contracts?Status=Draft")));
        Assert.DoesNotContain(contract.Number, Forms.VisibleText(await advisor.GetStringAsync("/Contracts?Status=Effective")));
    }

    [Fact]
    public async Task Create_DiscountBeyondThePolicy_IsRefusedUnderTheLine_AndNothingIsSaved()
    {
        var advisor = await SignedInAsync("advisor");

        var beyond = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form(stemAfter: "61199.99", policy: _data.OpenDay));
        var withoutPolicy = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form(stemAfter: "60000"));

        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Contains("优惠后金额不能低于61,200.00元", Forms.VisibleText(await beyond.Content.ReadAsStringAsync()));
        Assert.Contains("未参与市场政策", Forms.VisibleText(await withoutPolicy.Content.ReadAsStringAsync()));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task VipPolicy_NeedsADiscountApplication_ApprovedThroughTheInbox()
    {
        var advisor = await SignedInAsync("advisor");
        var refused = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form(stemAfter: "50000", policy: _data.Vip));
        Assert.Contains("需先提交优惠申请并审批通过后才能使用", Forms.VisibleText(await refused.Content.ReadAsStringAsync()));

        var applied = await advisor.SubmitAsync($"/DiscountApplications/Create?customerId={_data.Zhang}",
        [
            new("Input.CustomerId", _data.Zhang.ToString()), new("Input.PolicyId", _data.Vip.ToString()), new("Input.VipSource", "老客户转介绍"),
            new("Input.Reason", "公司特殊VIP客户"), new("Input.AmountBefore", "68000"), new("Input.Discount", "18000"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var requestId = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests
            .Where(r => r.BusinessType == ApprovalBusinessType.DiscountApplication).Select(r => r.Id).SingleAsync());

        // Still pending: the contract is refused.
        var pending = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}",
            _data.Form(stemAfter: "50000", policy: _data.Vip, application: await ApplicationIdAsync()));
        Assert.Contains("审批中", Forms.VisibleText(await pending.Content.ReadAsStringAsync()));

        // The group leader, then the division leader approve in the inbox; the approver sees the business summary.
        var leader = await SignedInAsync("leader");
        Assert.Contains("折扣总金额 18,000.00 元", Forms.VisibleText(await leader.GetStringAsync($"/Approvals/Details/{requestId}")));
        await leader.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "同意")], $"/Approvals/Details/{requestId}?handler=Approve");
        var division = await SignedInAsync("division");
        await division.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "同意")], $"/Approvals/Details/{requestId}?handler=Approve");

        // More discount than approved is refused; within it the contract is saved and the application is used.
        var tooMuch = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}",
            _data.Form(stemAfter: "49999.99", policy: _data.Vip, application: await ApplicationIdAsync()));
        Assert.Contains("超过优惠申请", Forms.VisibleText(await tooMuch.Content.ReadAsStringAsync()));
        var saved = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}",
            _data.Form(stemAfter: "50000", policy: _data.Vip, application: await ApplicationIdAsync()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var contract = await SingleContractAsync();
        var application = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DiscountApplications.AsNoTracking().SingleAsync());
        Assert.Equal(DiscountApplicationStatus.Approved, application.Status);
        Assert.Equal(contract.Id, application.UsedByContractId);
        Assert.Equal(50_000_00 + 19_800_00, contract.AmountFen);

        // A second contract cannot use the same application.
        var second = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}",
            _data.Form(stemAfter: "50000", policy: _data.Vip, application: application.Id));
        Assert.Contains("已被其他合同使用", Forms.VisibleText(await second.Content.ReadAsStringAsync()));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Edit_OnlyAsDraft_DroppingThePolicyReleasesTheDiscountApplication()
    {
        var applicationId = await app.WithScopeAsync(async sp =>
        {
            var application = await sp.GetRequiredService<DiscountApplicationService>().ApplyAsync(
                new DiscountRequest(_data.Zhang, _data.Vip, null, "公司特殊VIP客户", 68_000_00, 18_000_00),
                await sp.RefAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
            var db = sp.GetRequiredService<CellCrmDbContext>();
            (await db.DiscountApplications.SingleAsync(a => a.Id == application.Id)).Approve(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return application.Id;
        });
        var advisor = await SignedInAsync("advisor");
        await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form(stemAfter: "50000", policy: _data.Vip, application: applicationId));
        var contract = await SingleContractAsync();
        var page = $"/Contracts/Details/{contract.Id}";

        // Submitted: the edit page sends the advisor back to the details; taken back to draft, it can be edited again.
        await PostAsync(advisor, page, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.GetAsync($"/Contracts/Edit/{contract.Id}")).StatusCode);
        await PostAsync(advisor, page, "ReturnToDraft");
        Assert.Contains("50000.00", await advisor.GetStringAsync($"/Contracts/Edit/{contract.Id}"));

        var fields = _data.Form().Where(f => f.Key != "Input.Remarks").ToList();
        fields.Add(new("Input.Version", (await SingleContractAsync()).Version.ToString()));
        fields.Add(new("Input.Remarks", "取消VIP优惠"));
        var saved = await advisor.SubmitAsync($"/Contracts/Edit/{contract.Id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await SingleContractAsync();
        Assert.Null(edited.DiscountApplicationId);
        Assert.Equal(68_000_00 + 19_800_00, edited.AmountFen);
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DiscountApplications
            .Where(a => a.Id == applicationId).Select(a => a.UsedByContractId).SingleAsync()));
        var text = Forms.VisibleText(await advisor.GetStringAsync(page));
        Assert.Contains("取消VIP优惠", text);
        Assert.Contains("公司特殊VIP", Forms.VisibleText(await advisor.GetStringAsync("/DiscountApplications")));
    }

    [Fact]
    public async Task Create_TheSameFormTwice_CreatesOneContract()
    {
        var advisor = await SignedInAsync("advisor");
        var token = Forms.AntiforgeryToken(await advisor.GetStringAsync($"/Contracts/Create?customerId={_data.Zhang}"));
        var fields = _data.Form();
        fields.Add(new("Input.RequestKey", Guid.NewGuid().ToString()));

        var responses = await Task.WhenAll(advisor.PostFormAsync("/Contracts/Create", token, fields), advisor.PostFormAsync("/Contracts/Create", token, fields));
        var third = await advisor.PostFormAsync("/Contracts/Create", token, fields);

        Assert.All(responses.Append(third), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await CountAsync());
        Assert.Single(responses.Append(third).Select(r => r.Headers.Location!.ToString()).Distinct());
    }

    [Fact]
    public async Task Numbers_AreUnique_UnderConcurrentCreation()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => app.WithScopeAsync(async sp =>
        {
            var draft = new ContractDraft(new ContractDetails(ContractBusinessType.CellHealth, ContractOrderType.Paper, _data.Zhang, null, "13800138000", true,
                _data.Hospital, null, "深圳市", null, CertificateType.Electronic, false, null, []), [new LineRequest(_data.Stem, 1, null)], null, null);
            var contract = await sp.GetRequiredService<ContractService>().CreateAsync(draft, await sp.RefAsync("advisor"),
                await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
            return contract.Id;
        })));

        var numbers = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts
            .Where(c => ids.Contains(c.Id)).Select(c => c.Number).ToListAsync());
        Assert.Equal(12, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(ContractNumber(), n));
    }

    [Fact]
    public async Task AnotherAdvisor_CannotOpenOrChangeTheContractByUrl()
    {
        var advisor = await SignedInAsync("advisor");
        await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form());
        var contract = await SingleContractAsync();

        var advisor2 = await SignedInAsync("advisor2");
        AssertDenied(await advisor2.GetAsync($"/Contracts/Details/{contract.Id}"));
        AssertDenied(await advisor2.GetAsync($"/Contracts/Edit/{contract.Id}"));
        AssertDenied(await advisor2.GetAsync($"/Contracts/Create?customerId={_data.Zhang}"));
        var token = Forms.AntiforgeryToken(await advisor2.GetStringAsync("/Contracts"));
        AssertDenied(await advisor2.PostFormAsync($"/Contracts/Details/{contract.Id}?handler=Submit", token, [new("Version", contract.Version.ToString())]));
        Assert.DoesNotContain(contract.Number, Forms.VisibleText(await advisor2.GetStringAsync("/Contracts")));
        Assert.Equal(ContractStatus.Draft, (await SingleContractAsync()).Status);

        // Advisor 2 cannot create one for a customer outside the scope by posting the id either.
        var posted = await advisor2.PostFormAsync($"/Contracts/Create", token, _data.Form());
        AssertDenied(posted);

        // Customer service reads every contract but does not create or submit them; the warehouse has no contract pages.
        var service = await SignedInAsync("service");
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync($"/Contracts/Details/{contract.Id}")).StatusCode);
        AssertDenied(await service.GetAsync($"/Contracts/Create?customerId={_data.Zhang}"));
        var warehouse = await SignedInAsync("warehouse");
        AssertDenied(await warehouse.GetAsync("/Contracts"));
    }

    [Fact]
    public async Task PaperContract_ScanUpload_ThenCustomerServiceRejectsWithReason_ThenApproves()
    {
        var advisor = await SignedInAsync("advisor");
        await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form());
        var id = (await SingleContractAsync()).Id;
        var page = $"/Contracts/Details/{id}";

        await PostAsync(advisor, page, "Submit");
        Assert.Equal(ContractStatus.PendingSignature, (await SingleContractAsync()).Status);

        // Not a PDF or an image: refused, nothing kept.
        var bad = await UploadAsync(advisor, id, "notes.txt", "hello"u8.ToArray());
        Assert.Contains("不支持的文件类型", Forms.VisibleText(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(ContractStatus.PendingSignature, (await SingleContractAsync()).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(advisor, id, "合同扫描件.pdf", ContractDemoSeeder.DemoScan(id))).StatusCode);
        Assert.Equal(ContractStatus.Signed, (await SingleContractAsync()).Status);
        var scan = await advisor.GetAsync($"{page}?handler=Scan");
        Assert.Equal("application/pdf", scan.Content.Headers.ContentType?.MediaType);

        await PostAsync(advisor, page, "SubmitReview");
        Assert.Equal(ContractStatus.InReview, (await SingleContractAsync()).Status);
        var requestId = await ReviewRequestIdAsync(id);

        var service = await SignedInAsync("service");
        Assert.Contains("纸质合同扫描件已上传", Forms.VisibleText(await service.GetStringAsync($"/Approvals/Details/{requestId}")));
        await service.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "缺少客户签名页")], $"/Approvals/Details/{requestId}?handler=Reject");
        var rejected = await SingleContractAsync();
        Assert.Equal(ContractStatus.PendingSignature, rejected.Status);
        Assert.Null(rejected.PaperScanFileId);
        Assert.Contains("客服审核驳回：缺少客户签名页", Forms.VisibleText(await advisor.GetStringAsync(page)));

        // A corrected scan, a new review, approved: the contract is effective and the customer has a signed contract.
        var corrected = ContractDemoSeeder.DemoScan(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(advisor, id, "合同扫描件2.pdf", corrected)).StatusCode);
        await PostAsync(advisor, page, "SubmitReview");
        var second = await ReviewRequestIdAsync(id);
        Assert.NotEqual(requestId, second);
        await service.SubmitAsync($"/Approvals/Details/{second}", [new("Comment", "")], $"/Approvals/Details/{second}?handler=Approve");

        var effective = await SingleContractAsync();
        Assert.Equal(ContractStatus.Effective, effective.Status);
        Assert.NotNull(effective.EffectiveAt);
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().CustomerMilestones
            .AnyAsync(m => m.CustomerId == _data.Zhang && m.Kind == CustomerMilestoneKind.ContractSigned && m.Reference == effective.Number)));
        var text = Forms.VisibleText(await advisor.GetStringAsync(page));
        Assert.Contains("已生效", text);
        Assert.Contains("客服审核中", text); // 修改记录 shows the way through the states
    }

    [Fact]
    public async Task RepeatedSubmit_SubmitsOnce_AndAStaleEditIsRefused()
    {
        var advisor = await SignedInAsync("advisor");
        await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form(orderType: "PublicBank"));
        var contract = await SingleContractAsync();
        var page = $"/Contracts/Details/{contract.Id}";
        var token = Forms.AntiforgeryToken(await advisor.GetStringAsync(page));
        var fields = new List<KeyValuePair<string, string>> { new("Version", contract.Version.ToString()) };

        var first = await advisor.PostFormAsync($"{page}?handler=Submit", token, fields);
        var again = await advisor.PostFormAsync($"{page}?handler=Submit", token, fields);

        // The double click is answered as done; it does not submit twice.
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        // An order without signature goes straight to 客服审核, with one approval request.
        Assert.Equal(ContractStatus.InReview, (await SingleContractAsync()).Status);
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests
            .CountAsync(r => r.BusinessType == ApprovalBusinessType.ContractReview)));

        // Taking it back on the stale version is a real conflict: refused with a message.
        var stale = await advisor.PostFormAsync($"{page}?handler=ReturnToDraft", token, fields);
        Assert.Contains("该合同已被他人更新，请刷新页面后重试", Forms.VisibleText(await stale.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task BadInput_IsNamedInChinese_AndNothingIsSaved()
    {
        var advisor = await SignedInAsync("advisor");
        var fields = _data.Form(orderType: "Electronic", stemAfter: "abc").Where(f => f.Key is not ("Input.HospitalId" or "Input.StorerIsCustomer")).ToList();
        fields.Add(new("Input.HospitalId", ""));
        fields.Add(new("Input.StorerIsCustomer", "false"));

        var response = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", fields);
        var text = Forms.VisibleText(await response.Content.ReadAsStringAsync());
        Assert.Contains("请选择签约医院/部门", text);
        Assert.Contains("请输入正确的金额（元，最多两位小数）", text);

        fields = _data.Form(orderType: "Electronic").Where(f => f.Key is not ("Input.StorerIsCustomer" or "Input.Mobile")).ToList();
        fields.Add(new("Input.StorerIsCustomer", "false"));
        fields.Add(new("Input.Mobile", "12345"));
        text = Forms.VisibleText(await (await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", fields)).Content.ReadAsStringAsync());
        Assert.Contains("自体储存合同须由储户本人签署", text);

        fields = _data.Form().Where(f => !f.Key.StartsWith("Input.Lines", StringComparison.Ordinal)).ToList();
        text = Forms.VisibleText(await (await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", fields)).Content.ReadAsStringAsync());
        Assert.Contains("请添加合同产品", text);
        Assert.DoesNotContain("Exception", text);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task MarketPolicies_AdminsManageThem_AdvisorsOnlyRead()
    {
        var admin = await SignedInAsync("admin");
        var response = await admin.SubmitAsync("/MarketPolicies/Edit",
        [
            new("Input.Code", "CGZC0100"), new("Input.Name", "慢病活动"), new("Input.Kind", "Ordinary"), new("Input.ValidFrom", "2026-01-01"),
            new("Input.ValidTo", "2025-12-31"), new("Input.DiscountKind", "AmountOff"), new("Input.AmountOff", "500"), new("Input.ProductIds", _data.Stem.ToString()),
        ]);
        Assert.Contains("失效日期不能早于生效日期", Forms.VisibleText(await response.Content.ReadAsStringAsync()));

        response = await admin.SubmitAsync("/MarketPolicies/Edit",
        [
            new("Input.Code", "CGZC0100"), new("Input.Name", "慢病活动"), new("Input.Kind", "Medical"), new("Input.ValidFrom", "2026-01-01"),
            new("Input.ValidTo", "2026-12-31"), new("Input.DiscountKind", "AmountOff"), new("Input.AmountOff", "500"), new("Input.ProductIds", _data.Stem.ToString()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var policy = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().MarketPolicies.AsNoTracking().SingleAsync(p => p.Code == "CGZC0100"));
        Assert.Equal(500_00, policy.AmountOffFen);
        Assert.True(policy.RequiresApplication); // a medical policy always needs an application

        var advisor = await SignedInAsync("advisor");
        Assert.Contains("慢病活动", Forms.VisibleText(await advisor.GetStringAsync("/MarketPolicies")));
        AssertDenied(await advisor.GetAsync($"/MarketPolicies/Edit/{policy.Id}"));
    }

    [Fact]
    public async Task CustomerWithAContract_CannotBeDeleted()
    {
        var advisor = await SignedInAsync("advisor");
        await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form());

        var result = await app.WithScopeAsync(async sp => await sp.GetRequiredService<CustomerPoolService>()
            .RecycleAsync([_data.Zhang], await sp.RefAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None));

        Assert.Equal(CustomerStatus.Active, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers
            .Where(c => c.Id == _data.Zhang).Select(c => c.Status).SingleAsync()));
        Assert.Equal(0, result.Done);
        Assert.Single(result.Refused);
    }

    [Fact]
    public async Task DemoSeeder_SeedsOneContractPerStatus_AndIsSafeToRepeat()
    {
        await app.WithScopeAsync(sp => sp.GetRequiredService<ContractDemoSeeder>().SeedAsync(CancellationToken.None));
        await app.WithScopeAsync(sp => sp.GetRequiredService<ContractDemoSeeder>().SeedAsync(CancellationToken.None));

        var statuses = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.Select(c => c.Status).ToListAsync());
        Assert.Equal(Enum.GetValues<ContractStatus>().Order(), statuses.Distinct().Order());
        Assert.Equal(8, statuses.Count);
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

    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string handler)
    {
        var version = (await SingleContractAsync()).Version;
        var response = await browser.SubmitAsync(page, [new("Version", version.ToString())], $"{page}?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient browser, Guid id, string name, byte[] bytes)
    {
        var page = $"/Contracts/Details/{id}";
        var token = Forms.AntiforgeryToken(await browser.GetStringAsync(page));
        var version = (await SingleContractAsync()).Version;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version.ToString()), "Version" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "ScanFile", name);
        return await browser.PostAsync($"{page}?handler=UploadScan", form);
    }

    private Task<Contract> SingleContractAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync());

    private Task<int> CountAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.CountAsync());

    private Task<Guid> ApplicationIdAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DiscountApplications.Select(a => a.Id).SingleAsync());

    private Task<Guid> ReviewRequestIdAsync(Guid contractId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests
            .Where(r => r.BusinessType == ApprovalBusinessType.ContractReview && r.SubjectId == contractId)
            .OrderByDescending(r => r.SubmittedAt).Select(r => r.Id).FirstAsync());

    [GeneratedRegex(@"^755XBJK\d{6}\d{3,}$")]
    private static partial Regex ContractNumber();
}
