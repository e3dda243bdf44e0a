using System.Net;
using System.Net.Http.Headers;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Agreements;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Agreements;

/// <summary>补充协议 over HTTP on MariaDB: created on an effective contract, signed on paper, approved by customer
/// service in the inbox; the effect on the contract (terminated, or products and amount reduced), the storage changes
/// refused, one termination/change at a time (also under concurrency), data scope.</summary>
public class AgreementPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private Guid _zhang;
    private Guid _hospital;
    private Dictionary<string, Guid> _products = [];

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            // 脐血 20,000.00, 脐带 68,000.00, 胎盘 25,000.00 and CIK 19,800.00 yuan.
            var prices = new Dictionary<string, long> { ["SC-CB-MNC"] = 20_000_00, ["SC-UC-TBF"] = 68_000_00, ["SC-PL-SRF"] = 25_000_00, ["IC-CIK-RX"] = 19_800_00 };
            foreach (var product in await db.Products.Where(p => prices.Keys.Contains(p.Code)).ToListAsync())
            {
                product.SetListPrice(prices[product.Code]);
                _products[product.Code] = product.Id;
            }

            await db.SaveChangesAsync();
            _hospital = await db.Hospitals.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
            _zhang = await db.Customers.Where(c => c.Name == "张晓梅").Select(c => c.Id).SingleAsync();
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Termination_AfterSampling_IsR04_SignedOnPaper_ApprovedByCustomerService_TerminatesTheContract()
    {
        var contractId = await EffectiveContractAsync("SC-UC-TBF");
        var advisor = await SignedInAsync("advisor");
        Assert.Contains("尚无补充协议", Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Details/{contractId}")));

        var created = await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}",
            Form(contractId, "Termination", sampleCollected: true, reason: "客户移居海外"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agreement = await SingleAgreementAsync();
        Assert.Equal(AgreementType.TerminationAfterSampling, agreement.Type);
        Assert.EndsWith("-R04-01", agreement.Number);
        var page = $"/Contracts/Agreements/Details/{agreement.Id}";

        await PostAsync(advisor, page, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(advisor, agreement.Id, "终止协议.pdf", ContractDemoSeeder.DemoScan(agreement.Id))).StatusCode);
        Assert.Equal(AgreementStatus.Signed, (await SingleAgreementAsync()).Status);
        Assert.Equal("application/pdf", (await advisor.GetAsync($"{page}?handler=Scan")).Content.Headers.ContentType?.MediaType);
        await PostAsync(advisor, page, "SubmitReview");
        Assert.Equal(AgreementStatus.InReview, (await SingleAgreementAsync()).Status);
        Assert.Equal(ContractStatus.Effective, (await ContractAsync(contractId)).Status);

        var requestId = await ReviewRequestIdAsync(agreement.Id);
        var service = await SignedInAsync("service");
        var inbox = Forms.VisibleText(await service.GetStringAsync($"/Approvals/Details/{requestId}"));
        Assert.Contains("R-04 终止合同协议书（样本采集后）", inbox);
        Assert.Contains("生效后合同终止", inbox);
        await service.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "同意")], $"/Approvals/Details/{requestId}?handler=Approve");

        var contract = await ContractAsync(contractId);
        Assert.Equal(ContractStatus.Terminated, contract.Status);
        Assert.Equal(agreement.Number, contract.AgreementReference);
        Assert.Equal(AgreementStatus.Effective, (await SingleAgreementAsync()).Status);
        var contractPage = Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Details/{contractId}"));
        Assert.Contains(agreement.Number, contractPage);
        Assert.Contains("已终止", contractPage);
        var details = Forms.VisibleText(await advisor.GetStringAsync(page));
        Assert.Contains("已生效", details);
        Assert.Contains("客服审核中", details); // 修改记录 shows the way through the states
        Assert.Contains("新建补充协议", details);
    }

    [Fact]
    public async Task StorageChange_ThreeToTwo_Approved_KeepsTheOtherLines_AndReducesTheAmount()
    {
        var contractId = await EffectiveContractAsync("SC-CB-MNC", "SC-UC-TBF", "SC-PL-SRF", "IC-CIK-RX");
        Assert.Equal(132_800_00, (await ContractAsync(contractId)).AmountFen);
        var advisor = await SignedInAsync("advisor");
        Assert.Contains("三存（脐带血、脐带、胎盘）", Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Agreements/Create?contractId={contractId}")));

        await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}",
            Form(contractId, "StorageChange", reason: "客户只保留脐带和胎盘", kept: ["Cord", "Placenta"]));
        var agreement = await SingleAgreementAsync();
        Assert.Equal(StorageChangeKind.ThreeToTwo, agreement.ChangeKind);
        Assert.Equal(112_800_00, agreement.AmountAfterFen);
        var page = $"/Contracts/Agreements/Details/{agreement.Id}";
        Assert.Contains("三存改双存", Forms.VisibleText(await advisor.GetStringAsync(page)));

        await PostAsync(advisor, page, "Submit");
        await UploadAsync(advisor, agreement.Id, "变更协议.pdf", ContractDemoSeeder.DemoScan(agreement.Id));
        await PostAsync(advisor, page, "SubmitReview");
        var requestId = await ReviewRequestIdAsync(agreement.Id);
        var service = await SignedInAsync("service");
        await service.SubmitAsync($"/Approvals/Details/{requestId}", [new("Comment", "")], $"/Approvals/Details/{requestId}?handler=Approve");

        var contract = await ContractAsync(contractId);
        Assert.Equal(ContractStatus.Changed, contract.Status);
        Assert.Equal(112_800_00, contract.AmountFen);
        Assert.Equal(new[] { _products["SC-UC-TBF"], _products["SC-PL-SRF"], _products["IC-CIK-RX"] }, contract.Lines.OrderBy(l => l.Sort).Select(l => l.ProductId));
        Assert.Equal(agreement.Number, contract.AgreementReference);
        Assert.Contains("112,800.00", Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Details/{contractId}")));
    }

    [Fact]
    public async Task StorageChange_NotAllowed_IsRefusedUnderTheField_AndNothingIsSaved()
    {
        var twoItems = await EffectiveContractAsync("SC-CB-MNC", "SC-UC-TBF");
        var advisor = await SignedInAsync("advisor");

        // 双存 keeping both: no change.
        var same = await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={twoItems}",
            Form(twoItems, "StorageChange", kept: ["CordBlood", "Cord"]));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Contains("请选择要取消的存储项目", Forms.VisibleText(await same.Content.ReadAsStringAsync()));

        // Keeping an item the contract does not store.
        var added = await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={twoItems}",
            Form(twoItems, "StorageChange", kept: ["Placenta"]));
        Assert.Contains("只能保留原合同中的存储项目，不能新增", Forms.VisibleText(await added.Content.ReadAsStringAsync()));

        // 单存 cannot be changed at all.
        var oneItem = await EffectiveContractAsync("SC-UC-TBF", "IC-CIK-RX");
        var single = await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={oneItem}", Form(oneItem, "StorageChange", kept: ["Cord"]));
        Assert.Contains("该合同为单存，变更存储项目仅支持干细胞三存改双存、三存改单存、双存改单存",
            Forms.VisibleText(await single.Content.ReadAsStringAsync()));

        // Missing choices are named in Chinese.
        var empty = await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={oneItem}",
            [new("Input.ContractId", oneItem.ToString()), new("Input.Reason", "")]);
        var text = Forms.VisibleText(await empty.Content.ReadAsStringAsync());
        Assert.Contains("请选择补充协议类型", text);
        Assert.Contains("请选择协议签署方式", text);
        Assert.Contains("请填写原因或告知内容", text);

        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SupplementaryAgreements.CountAsync()));
    }

    [Fact]
    public async Task SecondTerminationOrChange_WhileOneIsInProgress_IsRefused_EvenAtTheSameMoment()
    {
        var contractId = await EffectiveContractAsync("SC-CB-MNC", "SC-UC-TBF", "SC-PL-SRF");
        var advisor = await SignedInAsync("advisor");
        await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}", Form(contractId, "Termination"));
        var first = await SingleAgreementAsync();
        Assert.Equal(AgreementType.TerminationBeforeSampling, first.Type);

        var second = await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}",
            Form(contractId, "StorageChange", kept: ["Cord"]));
        Assert.Contains($"合同已有办理中的R-03 终止合同协议书（样本采集前）（{first.Number}）", Forms.VisibleText(await second.Content.ReadAsStringAsync()));

        // A notice letter changes nothing, so it may go beside it; revoking the termination frees the contract.
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}",
            Form(contractId, "NoticeLetter", reason: "告知储存费用调整"))).StatusCode);
        var page = $"/Contracts/Agreements/Details/{first.Id}";
        var version = await AgreementVersionAsync(first.Id);
        var revoke = await advisor.SubmitAsync(page, [new("Version", version.ToString()), new("RevokeReason", "")], $"{page}?handler=Revoke");
        Assert.Contains("请填写撤销原因", Forms.VisibleText(await revoke.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync(page,
            [new("Version", version.ToString()), new("RevokeReason", "客户改为变更存储项目")], $"{page}?handler=Revoke")).StatusCode);

        // Two changes at the same moment: one is created, the other refused by the rule.
        var actor = await app.WithScopeAsync(sp => sp.RefAsync("advisor"));
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.WithScopeAsync(async sp =>
        {
            try
            {
                await sp.GetRequiredService<SupplementaryAgreementService>().CreateAsync(contractId,
                    new AgreementDraft(AgreementPurpose.StorageChange, true, AgreementSigning.Paper, "变更", [StorageItem.Cord]), actor, null, CancellationToken.None);
                return "created";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        })));
        Assert.Single(attempts, a => a == "created");
        Assert.Single(attempts, a => a.Contains("合同已有办理中的"));
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SupplementaryAgreements
            .CountAsync(a => a.Type == AgreementType.StorageChange)));
    }

    [Fact]
    public async Task SameFormTwice_CreatesOneAgreement_AndOtherStaffAreHeldToTheContractsScope()
    {
        var contractId = await EffectiveContractAsync("SC-UC-TBF");
        var advisor = await SignedInAsync("advisor");
        var form = Form(contractId, "NoticeLetter", reason: "告知");
        form.Add(new("Input.RequestKey", Guid.NewGuid().ToString()));
        await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}", form);
        await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}", form);
        var agreement = await SingleAgreementAsync();

        var advisor2 = await SignedInAsync("advisor2");
        AssertDenied(await advisor2.GetAsync($"/Contracts/Agreements/Details/{agreement.Id}"));
        AssertDenied(await advisor2.GetAsync($"/Contracts/Agreements/Create?contractId={contractId}"));
        AssertDenied(await advisor2.GetAsync($"/Contracts/Agreements/Details/{agreement.Id}?handler=Scan"));
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync($"/Contracts/Agreements/Details/{Guid.NewGuid()}")).StatusCode);

        // Customer service reads it (and reviews it in the inbox) but does not create or move agreements.
        var service = await SignedInAsync("service");
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync($"/Contracts/Agreements/Details/{agreement.Id}")).StatusCode);
        AssertDenied(await service.GetAsync($"/Contracts/Agreements/Create?contractId={contractId}"));
        var page = $"/Contracts/Agreements/Details/{agreement.Id}";
        var submit = await service.SubmitAsync(page, [new("Version", (await AgreementVersionAsync(agreement.Id)).ToString())], $"{page}?handler=Submit");
        AssertDenied(submit);
        Assert.Equal(AgreementStatus.Draft, (await SingleAgreementAsync()).Status);
    }

    /// <summary>A paper contract for Zhang with one line per product code, signed and approved by customer service.</summary>
    private async Task<Guid> EffectiveContractAsync(params string[] codes)
    {
        var id = await app.WithScopeAsync(async sp =>
        {
            var me = await sp.RefAsync("advisor");
            var details = new ContractDetails(ContractBusinessType.NewbornStemCell, ContractOrderType.Paper, _zhang, null, "13800138000", true, _hospital,
                "产科", "深圳市", null, CertificateType.Electronic, false, null, []);
            var contract = await sp.GetRequiredService<ContractService>().CreateAsync(
                new ContractDraft(details, codes.Select(c => new LineRequest(_products[c], 1, null)).ToList(), null, null),
                me, await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
            return contract.Id;
        });
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<ContractService>().SubmitAsync(id, await ContractVersionAsync(id), await sp.RefAsync("advisor"), default));
        await app.WithScopeAsync(async sp =>
        {
            using var scan = new MemoryStream(ContractDemoSeeder.DemoScan(id));
            await sp.GetRequiredService<ContractService>().UploadScanAsync(id, await ContractVersionAsync(id), scan, "合同.pdf", await sp.RefAsync("advisor"), default);
        });
        await app.WithScopeAsync(async sp =>
            await sp.GetRequiredService<ContractService>().SubmitForReviewAsync(id, await ContractVersionAsync(id), await sp.RefAsync("advisor"), default));
        await app.WithScopeAsync(async sp =>
        {
            var request = await sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests
                .SingleAsync(r => r.BusinessType == ApprovalBusinessType.ContractReview && r.SubjectId == id);
            await sp.GetRequiredService<ApprovalService>().ApproveAsync(request.Id, await sp.RefAsync("service"), "同意", default);
        });
        Assert.Equal(ContractStatus.Effective, (await ContractAsync(id)).Status);
        return id;
    }

    private static List<KeyValuePair<string, string>> Form(Guid contractId, string purpose, bool sampleCollected = false, string reason = "客户家庭原因",
        string signing = "Paper", string[]? kept = null)
    {
        List<KeyValuePair<string, string>> form =
        [
            new("Input.ContractId", contractId.ToString()), new("Input.Purpose", purpose), new("Input.SampleCollected", sampleCollected ? "true" : "false"),
            new("Input.Signing", signing), new("Input.Reason", reason),
        ];
        form.AddRange((kept ?? []).Select(k => new KeyValuePair<string, string>("Input.KeptItems", k)));
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

    private async Task PostAsync(HttpClient browser, string page, string handler)
    {
        var id = Guid.Parse(page[(page.LastIndexOf('/') + 1)..]);
        var response = await browser.SubmitAsync(page, [new("Version", (await AgreementVersionAsync(id)).ToString())], $"{page}?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient browser, Guid id, string name, byte[] bytes)
    {
        var page = $"/Contracts/Agreements/Details/{id}";
        var token = Forms.AntiforgeryToken(await browser.GetStringAsync(page));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent((await AgreementVersionAsync(id)).ToString()), "Version" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "ScanFile", name);
        return await browser.PostAsync($"{page}?handler=UploadScan", form);
    }

    private Task<SupplementaryAgreement> SingleAgreementAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SupplementaryAgreements.AsNoTracking().Include(a => a.Lines).SingleAsync());

    private Task<int> AgreementVersionAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SupplementaryAgreements.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());

    private Task<Contract> ContractAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == id));

    private Task<int> ContractVersionAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

    private Task<Guid> ReviewRequestIdAsync(Guid agreementId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests
            .Where(r => r.BusinessType == ApprovalBusinessType.SupplementaryAgreement && r.SubjectId == agreementId)
            .OrderByDescending(r => r.SubmittedAt).Select(r => r.Id).FirstAsync());
}
