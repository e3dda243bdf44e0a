using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Signing;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Agreements;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Tests.Questionnaire;
using CellCrm.Portal.Tests.RealName;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Signing;

/// <summary>电子补充协议 through the signing pipeline on MariaDB: the advisor pushes it from the agreement page, the
/// customer signs it over HTTP in the portal, pdfsig verifies the signed copy, the agreement is 已签署, and customer
/// service's approval terminates the contract (R-04) or lowers its amount (储存项目变更). Unverified customers, other
/// customers and revoked agreements are refused.</summary>
[Collection(RealNameCollection.Name)]
public class AgreementSigningTests(RealNameApps apps) : IAsyncLifetime
{
    private Guid _zhang;
    private Dictionary<string, Guid> _products = [];

    public async ValueTask InitializeAsync()
    {
        await apps.ResetAsync();
        var zhang = SandboxWeChatUsers.All[0];
        _zhang = await SurveyScenario.VerifyAsync(apps, zhang.Name, zhang.OpenId, zhang.IdNumber!, zhang.Mobile);
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            // 脐血 20,000.00, 脐带 68,000.00 and 胎盘 25,000.00 yuan.
            var prices = new Dictionary<string, long> { ["SC-CB-MNC"] = 20_000_00, ["SC-UC-TBF"] = 68_000_00, ["SC-PL-SRF"] = 25_000_00 };
            foreach (var product in await db.Products.Where(p => prices.Keys.Contains(p.Code)).ToListAsync())
            {
                product.SetListPrice(prices[product.Code]);
                _products[product.Code] = product.Id;
            }

            await db.SaveChangesAsync();
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task R04_PushedSignedAndApproved_SignatureVerifies_AndTheContractIsTerminated()
    {
        var contractId = await EffectiveContractAsync(_zhang, "SC-UC-TBF");
        var agreementId = await PendingAgreementAsync(contractId, new AgreementDraft(AgreementPurpose.Termination, true, AgreementSigning.Electronic,
            "客户移居海外", []));

        var (advisor, pushed) = await PushAsync(agreementId);

        Assert.Equal(HttpStatusCode.Redirect, pushed.StatusCode);
        Assert.EndsWith($"/Contracts/Agreements/Details/{agreementId}#signing-documents", pushed.Headers.Location!.ToString());
        var document = await DocumentAsync(agreementId);
        Assert.Equal((SignableDocumentKind.TerminationAfterSampling, CellCrm.Domain.Signing.Templates.SigningTemplates.R04, SignableDocumentStatus.AwaitingSignature),
            (document.Kind, document.TemplateCode, document.Status));
        var task = await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().CustomerTasks.AsNoTracking()
            .SingleAsync(t => t.SubjectId == document.Id));
        Assert.Equal(CustomerTaskType.ContractSigning, task.Type);

        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        Assert.Contains("终止协议（采样后）", Forms.VisibleText(await phone.GetStringAsync("/Sign")));
        var unsigned = await phone.GetByteArrayAsync($"/Sign/{document.Id}?handler=Pdf");
        var unsignedText = await SigningScenario.PopplerAsync("pdftotext", unsigned, "-enc", "UTF-8");
        Assert.Contains("客户移居海外", unsignedText);
        Assert.Contains((await AgreementAsync(agreementId)).Number, unsignedText);

        var signed = await SigningScenario.SignAsync(phone, document.Id, SignaturePngs.Stroke());

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        document = await DocumentAsync(agreementId);
        Assert.Equal(SignableDocumentStatus.Signed, document.Status);
        var agreement = await AgreementAsync(agreementId);
        Assert.Equal(AgreementStatus.Signed, agreement.Status);
        Assert.NotNull(agreement.SignatureCompletedAt);
        var copy = await phone.GetByteArrayAsync($"/Sign/{document.Id}?handler=Pdf&download=true");
        Assert.Equal(document.SignedSha256, Convert.ToHexStringLower(SHA256.HashData(copy)));
        var check = await SigningScenario.PopplerAsync("pdfsig", copy);
        Assert.Matches(@"Signature #1:", check);
        Assert.Contains("Signature is Valid", check);
        Assert.DoesNotContain("Signature is Invalid", check);

        // Staff in scope see the document, its evidence and download the signed copy; another group's advisor does not.
        var details = await advisor.GetStringAsync($"/Contracts/Agreements/Details/{agreementId}");
        Assert.Contains("张晓梅（实名）", Forms.VisibleText(details));
        Assert.Contains(document.SignedSha256!, details);
        Assert.DoesNotContain("id=\"push-signing\"", details);
        var fileUrl = $"/Contracts/Agreements/Signing/{agreementId}?handler=File&documentId={document.Id}&fileId={document.SignedFileId}&download=true";
        Assert.Contains($"href=\"{fileUrl}\"", details);
        var staffCopy = await advisor.GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.OK, staffCopy.StatusCode);
        Assert.Equal(copy, await staffCopy.Content.ReadAsByteArrayAsync());
        var other = apps.BackOffice.CreateBrowser();
        await other.SignInAsync("advisor2");
        var refused = await other.GetAsync(fileUrl);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("application/pdf", refused.Content.Headers.ContentType?.MediaType);

        // 提交客服审核 on the page → customer service approves → the contract is 已终止.
        await PostAsync(advisor, agreementId, "SubmitReview");
        Assert.Equal(AgreementStatus.InReview, (await AgreementAsync(agreementId)).Status);
        await ApproveReviewAsync(agreementId);
        Assert.Equal(AgreementStatus.Effective, (await AgreementAsync(agreementId)).Status);
        var contract = await ContractAsync(contractId);
        Assert.Equal(ContractStatus.Terminated, contract.Status);
        Assert.Equal(agreement.Number, contract.AgreementReference);
    }

    [Fact]
    public async Task StorageChange_SignedAndApproved_LowersTheContractAmount()
    {
        var contractId = await EffectiveContractAsync(_zhang, "SC-CB-MNC", "SC-UC-TBF", "SC-PL-SRF");
        Assert.Equal(113_000_00, (await ContractAsync(contractId)).AmountFen);
        var agreementId = await PendingAgreementAsync(contractId, new AgreementDraft(AgreementPurpose.StorageChange, false, AgreementSigning.Electronic,
            "客户调整存储计划", [StorageItem.CordBlood, StorageItem.Cord]));
        await PushAsync(agreementId);
        var document = await DocumentAsync(agreementId);
        Assert.Equal((SignableDocumentKind.StorageChange, "agreement-storage-change"), (document.Kind, document.TemplateCode));
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var text = await SigningScenario.PopplerAsync("pdftotext", await phone.GetByteArrayAsync($"/Sign/{document.Id}?handler=Pdf"), "-enc", "UTF-8");
        Assert.Contains("88,000.00", text);

        Assert.Equal(HttpStatusCode.Redirect, (await SigningScenario.SignAsync(phone, document.Id, SignaturePngs.Stroke())).StatusCode);
        Assert.Equal(AgreementStatus.Signed, (await AgreementAsync(agreementId)).Status);
        var advisor = apps.BackOffice.CreateBrowser();
        await advisor.SignInAsync("advisor");
        await PostAsync(advisor, agreementId, "SubmitReview");
        await ApproveReviewAsync(agreementId);

        var contract = await ContractAsync(contractId);
        Assert.Equal(88_000_00, contract.AmountFen);
        Assert.Equal(["SC-CB-MNC", "SC-UC-TBF"], contract.Lines.OrderBy(l => l.Sort).Select(l => l.ProductCode).ToArray());
    }

    [Fact]
    public async Task Push_ToAnUnverifiedCustomer_IsRefused_AndNothingIsGenerated()
    {
        var li = await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "李建国").Select(c => c.Id).SingleAsync());
        var contractId = await EffectiveContractAsync(li, "SC-UC-TBF");
        var agreementId = await PendingAgreementAsync(contractId, new AgreementDraft(AgreementPurpose.NoticeLetter, false, AgreementSigning.Electronic,
            "存储费缴费提醒", []));
        var files = apps.StoredFileCount();

        var (advisor, response) = await PushAsync(agreementId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("客户未实名，无法推送", Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Agreements/Details/{agreementId}")));
        Assert.Equal(0, await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SignableDocuments.CountAsync()));
        Assert.Equal(files, apps.StoredFileCount());
        Assert.Equal(AgreementStatus.PendingSignature, (await AgreementAsync(agreementId)).Status);
    }

    [Fact]
    public async Task AnotherCustomer_GetsNotFound_AndAPaperOrDraftAgreementCannotBePushed()
    {
        var contractId = await EffectiveContractAsync(_zhang, "SC-UC-TBF");
        var agreementId = await PendingAgreementAsync(contractId, new AgreementDraft(AgreementPurpose.NoticeLetter, false, AgreementSigning.Electronic,
            "存储费缴费提醒", []));
        await PushAsync(agreementId);
        var document = await DocumentAsync(agreementId);
        Assert.Equal((SignableDocumentKind.NoticeLetter, "notice-letter"), (document.Kind, document.TemplateCode));
        var li = SandboxWeChatUsers.All[1];
        await SurveyScenario.VerifyAsync(apps, li.Name, li.OpenId, li.IdNumber!, li.Mobile);
        var liPhone = await apps.SignInAsync(li.OpenId);

        Assert.Equal(HttpStatusCode.NotFound, (await liPhone.GetAsync($"/Sign/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liPhone.GetAsync($"/Sign/{document.Id}?handler=Pdf")).StatusCode);
        Assert.DoesNotContain($"/Sign/{document.Id}", await liPhone.GetStringAsync("/Sign"));
        Assert.Equal(SignableDocumentStatus.AwaitingSignature, (await DocumentAsync(agreementId)).Status);

        // A paper agreement and a draft are refused by the handler.
        var paper = await PendingAgreementAsync(contractId, new AgreementDraft(AgreementPurpose.NoticeLetter, false, AgreementSigning.Paper, "纸质告知", []));
        var (advisor, _) = await PushAsync(paper);
        Assert.Contains("纸质协议请上传签署扫描件，不能在线签署", Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Agreements/Details/{paper}")));
        Assert.DoesNotContain("id=\"push-signing\"", await advisor.GetStringAsync($"/Contracts/Agreements/Details/{paper}"));
        var draft = await apps.BackOffice.WithScopeAsync(async sp => (await sp.GetRequiredService<SupplementaryAgreementService>().CreateAsync(contractId,
            new AgreementDraft(AgreementPurpose.NoticeLetter, false, AgreementSigning.Electronic, "草稿告知", []), await sp.RefAsync("advisor"), null, default)).Id);
        var (desk, _) = await PushAsync(draft);
        Assert.Contains("补充协议尚未提交", Forms.VisibleText(await desk.GetStringAsync($"/Contracts/Agreements/Details/{draft}")));
        Assert.Equal(1, await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SignableDocuments.CountAsync()));
    }

    [Fact]
    public async Task RevokedAgreement_VoidsItsDocumentAtOnce_AndItCannotBeSigned()
    {
        var contractId = await EffectiveContractAsync(_zhang, "SC-UC-TBF");
        var agreementId = await PendingAgreementAsync(contractId, new AgreementDraft(AgreementPurpose.Termination, false, AgreementSigning.Electronic,
            "客户改变主意前的申请", []));
        await PushAsync(agreementId);
        var document = await DocumentAsync(agreementId);
        Assert.Equal((SignableDocumentKind.TerminationBeforeSampling, CellCrm.Domain.Signing.Templates.SigningTemplates.R03), (document.Kind, document.TemplateCode));
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var page = await phone.GetStringAsync($"/Sign/{document.Id}");

        var advisor = apps.BackOffice.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var detailsUrl = $"/Contracts/Agreements/Details/{agreementId}";
        var revoked = await advisor.SubmitAsync(detailsUrl, [new("Version", (await AgreementAsync(agreementId)).Version.ToString()),
            new("RevokeReason", "客户决定继续存储")], $"{detailsUrl}?handler=Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        document = await DocumentAsync(agreementId);
        Assert.Equal((SignableDocumentStatus.Voided, "补充协议已撤销"), (document.Status, document.VoidReason));
        Assert.Equal(AgreementStatus.Revoked, (await AgreementAsync(agreementId)).Status);
        Assert.True(await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().AuditEntries
            .AnyAsync(e => e.EntityId == document.Id && e.Field == "VoidReason")));

        // The page the customer had open posts its signature: refused, nothing signed.
        var files = apps.StoredFileCount();
        var response = await phone.PostFormAsync($"/Sign/{document.Id}", Forms.AntiforgeryToken(page),
            [new("ShownSha256", SigningScenario.ShownSha256(page)), SigningScenario.Signature(SignaturePngs.Stroke())]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("补充协议已撤销，该文件已作废，无需签署", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(SignableDocumentStatus.Voided, (await DocumentAsync(agreementId)).Status);
        Assert.Empty((await DocumentAsync(agreementId)).Evidence);
        Assert.Equal(files, apps.StoredFileCount());
        Assert.Null((await AgreementAsync(agreementId)).SignatureCompletedAt);
    }

    private async Task<Guid> EffectiveContractAsync(Guid customerId, params string[] codes)
    {
        var id = await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var hospital = await db.Hospitals.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
            var mobile = await db.Customers.Where(c => c.Id == customerId).Select(c => c.Mobile).SingleAsync();
            var details = new ContractDetails(ContractBusinessType.NewbornStemCell, ContractOrderType.Paper, customerId, null, mobile, true, hospital,
                "产科", "深圳市", null, CertificateType.Electronic, false, null, []);
            var contract = await sp.GetRequiredService<ContractService>().CreateAsync(
                new ContractDraft(details, codes.Select(c => new LineRequest(_products[c], 1, null)).ToList(), null, null),
                await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
            return contract.Id;
        });
        await apps.BackOffice.WithScopeAsync(async sp => await sp.GetRequiredService<ContractService>().SubmitAsync(id, await ContractVersionAsync(id), await sp.RefAsync("advisor"), default));
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            using var scan = new MemoryStream(ContractDemoSeeder.DemoScan(id));
            await sp.GetRequiredService<ContractService>().UploadScanAsync(id, await ContractVersionAsync(id), scan, "合同.pdf", await sp.RefAsync("advisor"), default);
        });
        await apps.BackOffice.WithScopeAsync(async sp =>
            await sp.GetRequiredService<ContractService>().SubmitForReviewAsync(id, await ContractVersionAsync(id), await sp.RefAsync("advisor"), default));
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var request = await sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests
                .SingleAsync(r => r.BusinessType == ApprovalBusinessType.ContractReview && r.SubjectId == id);
            await sp.GetRequiredService<ApprovalService>().ApproveAsync(request.Id, await sp.RefAsync("service"), "同意", default);
        });
        Assert.Equal(ContractStatus.Effective, (await ContractAsync(id)).Status);
        return id;
    }

    /// <summary>新建 and 提交: the agreement waits for its signature.</summary>
    private Task<Guid> PendingAgreementAsync(Guid contractId, AgreementDraft draft) =>
        apps.BackOffice.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<SupplementaryAgreementService>();
            var agreement = await service.CreateAsync(contractId, draft, await sp.RefAsync("advisor"), null, default);
            await service.SubmitAsync(agreement.Id, agreement.Version, default);
            return agreement.Id;
        });

    /// <summary>生成并推送签署 from the agreement page, as the advisor.</summary>
    private async Task<(HttpClient Advisor, HttpResponseMessage Response)> PushAsync(Guid agreementId)
    {
        var browser = apps.BackOffice.CreateBrowser();
        await browser.SignInAsync("advisor");
        var page = await browser.GetStringAsync($"/Contracts/Agreements/Details/{agreementId}");
        var requestKey = Regex.Match(page, "name=\"RequestKey\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await browser.PostFormAsync($"/Contracts/Agreements/Signing/{agreementId}?handler=Push", Forms.AntiforgeryToken(page),
            [new("RequestKey", requestKey.Length > 0 ? requestKey : Guid.NewGuid().ToString())]);
        return (browser, response);
    }

    private async Task PostAsync(HttpClient browser, Guid agreementId, string handler)
    {
        var page = $"/Contracts/Agreements/Details/{agreementId}";
        var response = await browser.SubmitAsync(page, [new("Version", (await AgreementAsync(agreementId)).Version.ToString())], $"{page}?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task ApproveReviewAsync(Guid agreementId) =>
        apps.BackOffice.WithScopeAsync(async sp =>
        {
            var review = await sp.GetRequiredService<SupplementaryAgreementService>().ReviewApprovalAsync(agreementId, default);
            await sp.GetRequiredService<ApprovalService>().ApproveAsync(review!.Id, await sp.RefAsync("service"), "资料齐全", default);
        });

    private Task<SignableDocument> DocumentAsync(Guid agreementId) => apps.BackOffice.WithScopeAsync(sp =>
        sp.GetRequiredService<CellCrmDbContext>().SignableDocuments.AsNoTracking().Include(d => d.Signers).Include(d => d.Evidence)
            .SingleAsync(d => d.SubjectType == nameof(SupplementaryAgreement) && d.SubjectId == agreementId));

    private Task<SupplementaryAgreement> AgreementAsync(Guid id) =>
        apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SupplementaryAgreements.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<Contract> ContractAsync(Guid id) =>
        apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == id));

    private Task<int> ContractVersionAsync(Guid id) =>
        apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
}
