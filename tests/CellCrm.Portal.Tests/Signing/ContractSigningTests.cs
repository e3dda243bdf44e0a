using System.Net;
using System.Security.Cryptography;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Signing;
using CellCrm.Domain.Tasks;
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

/// <summary>The electronic contract through both apps on MariaDB: the advisor generates and pushes it, the customer
/// signs it over HTTP in the portal, the signed PDF verifies in pdfsig (and a one-byte change does not), staff see
/// the evidence, customer service approves and the contract is 已生效. Repeats, other customers, blank signatures
/// and unverified customers are refused with nothing half-stored.</summary>
[Collection(RealNameCollection.Name)]
public class ContractSigningTests(RealNameApps apps) : IAsyncLifetime
{
    private Guid _zhang;
    private Guid _contract;

    public async ValueTask InitializeAsync()
    {
        await apps.ResetAsync();
        var zhang = SandboxWeChatUsers.All[0];
        _zhang = await SurveyScenario.VerifyAsync(apps, zhang.Name, zhang.OpenId, zhang.IdNumber!, zhang.Mobile);
        _contract = await SigningScenario.PendingElectronicContractAsync(apps, _zhang);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task PushAndSign_SignedPdfVerifies_TamperedCopyDoesNot_StaffSeeEvidence_AndApprovalMakesItEffective()
    {
        var (advisor, pushed) = await SigningScenario.PushAsync(apps, _contract);
        Assert.Equal(HttpStatusCode.Redirect, pushed.StatusCode);
        var document = await DocumentAsync();
        Assert.Equal(SignableDocumentStatus.AwaitingSignature, document.Status);
        Assert.Equal(("contract-cellhealth", 1), (document.TemplateCode, document.TemplateVersion));
        var task = await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().CustomerTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CustomerTaskType.ContractSigning, "SignableDocument", document.Id), (task.Type, task.SubjectType, task.SubjectId));
        Assert.Equal(1, apps.StoredFileCount()); // the unsigned PDF

        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var taskPage = await phone.GetStringAsync($"/Tasks/{task.Id}");
        Assert.Contains($"href=\"/Sign/{document.Id}\"", taskPage);
        Assert.Contains("去签署", Forms.VisibleText(taskPage));
        Assert.Contains("细胞健康服务合同", Forms.VisibleText(await phone.GetStringAsync("/Sign")));
        var page = await phone.GetStringAsync($"/Sign/{document.Id}");
        Assert.Contains("确认签署", Forms.VisibleText(page));
        var unsigned = await phone.GetByteArrayAsync($"/Sign/{document.Id}?handler=Pdf");
        Assert.Equal(document.UnsignedSha256, Convert.ToHexStringLower(SHA256.HashData(unsigned)));
        Assert.Contains("张晓梅", await SigningScenario.PopplerAsync("pdftotext", unsigned, "-enc", "UTF-8"));

        var signed = await SigningScenario.SignAsync(phone, document.Id, SignaturePngs.Stroke());

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Contains("签署完成", Forms.VisibleText(await phone.GetStringAsync($"/Sign/{document.Id}")));
        document = await DocumentAsync();
        Assert.Equal(SignableDocumentStatus.Signed, document.Status);
        Assert.Equal(ContractStatus.Signed, await SigningScenario.ContractStatusAsync(apps, _contract));
        var evidence = Assert.Single(document.Evidence);
        Assert.Equal(("张晓梅", SandboxWeChatUsers.All[0].OpenId, document.UnsignedSha256, document.SignedSha256),
            (evidence.SignerName, evidence.OpenId, evidence.HashBefore, evidence.HashAfter));
        Assert.Matches(@"^\d{3}\*+\w{4}$", evidence.MaskedIdNumber);
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            Assert.Equal(CustomerTaskState.Done, (await db.CustomerTasks.AsNoTracking().SingleAsync()).State);
            var advisorRef = await sp.RefAsync("advisor");
            Assert.Equal(advisorRef.Id, (await db.Notifications.AsNoTracking().SingleAsync(n => n.Title == "客户已签署")).RecipientId);
        });

        // The signed copy the customer downloads is the one recorded, and pdfsig verifies it; one byte changed fails.
        var copy = await phone.GetByteArrayAsync($"/Sign/{document.Id}?handler=Pdf&download=true");
        Assert.Equal(document.SignedSha256, Convert.ToHexStringLower(SHA256.HashData(copy)));
        var check = await SigningScenario.PopplerAsync("pdfsig", copy);
        Assert.Contains("Signature is Valid", check);
        Assert.Contains("ETSI.CAdES.detached", check);
        var tampered = (byte[])copy.Clone();
        // One byte inside the first content stream, which the signature's /ByteRange covers.
        var at = System.Text.Encoding.Latin1.GetString(tampered).IndexOf("stream\n", StringComparison.Ordinal) + 20;
        tampered[at] ^= 0x01;
        var broken = await SigningScenario.PopplerAsync("pdfsig", tampered);
        Assert.DoesNotContain("Signature is Valid", broken);
        Assert.Matches("(Invalid|Digest Mismatch|mismatch)", broken);
        var text = await SigningScenario.PopplerAsync("pdftotext", copy, "-enc", "UTF-8");
        Assert.Contains("张晓梅", text);
        Assert.Contains("乙方（签字）", text);

        // Staff in scope see the status, the evidence and download the same signed copy; another group's advisor does not.
        var details = await advisor.GetStringAsync($"/Contracts/Details/{_contract}");
        Assert.Contains("已签署", Forms.VisibleText(details));
        Assert.Contains(document.SignedSha256!, details);
        Assert.Contains("张晓梅（实名）", Forms.VisibleText(details));
        var staffCopy = await advisor.GetAsync($"/Contracts/Signing/{_contract}?handler=File&documentId={document.Id}&fileId={document.SignedFileId}&download=true");
        Assert.Equal(HttpStatusCode.OK, staffCopy.StatusCode);
        Assert.Equal(copy, await staffCopy.Content.ReadAsByteArrayAsync());
        Assert.Contains("下载签署证据", Forms.VisibleText(details));
        var evidenceSheet = await advisor.GetAsync($"/Contracts/Signing/{_contract}?handler=Evidence&documentId={document.Id}");
        Assert.Equal(HttpStatusCode.OK, evidenceSheet.StatusCode);
        using (var sheet = System.Text.Json.JsonDocument.Parse(await evidenceSheet.Content.ReadAsStringAsync()))
        {
            var root = sheet.RootElement;
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(copy)), root.GetProperty("已签署文件SHA256").GetString()!.ToLowerInvariant());
            var record = Assert.Single(root.GetProperty("签署记录").EnumerateArray().ToList());
            Assert.Equal((evidence.SignerName, evidence.HashBefore, evidence.HashAfter),
                (record.GetProperty("签署人").GetString(), record.GetProperty("签署前SHA256").GetString(), record.GetProperty("签署后SHA256").GetString()));
            Assert.Equal(evidence.OpenId, record.GetProperty("openid").GetString());
        }

        var other = apps.BackOffice.CreateBrowser();
        await other.SignInAsync("advisor2");
        var refused = await other.GetAsync($"/Contracts/Signing/{_contract}?handler=File&documentId={document.Id}&fileId={document.SignedFileId}");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("application/pdf", refused.Content.Headers.ContentType?.MediaType);
        var refusedEvidence = await other.GetAsync($"/Contracts/Signing/{_contract}?handler=Evidence&documentId={document.Id}");
        Assert.NotEqual(HttpStatusCode.OK, refusedEvidence.StatusCode);

        // 提交客服审核 → customer service approves → 已生效.
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var contracts = sp.GetRequiredService<ContractService>();
            var version = await sp.GetRequiredService<CellCrmDbContext>().Contracts.Where(c => c.Id == _contract).Select(c => c.Version).SingleAsync();
            await contracts.SubmitForReviewAsync(_contract, version, await sp.RefAsync("advisor"), CancellationToken.None);
            var review = await contracts.ReviewApprovalAsync(_contract, CancellationToken.None);
            await sp.GetRequiredService<ApprovalService>().ApproveAsync(review!.Id, await sp.RefAsync("service"), "资料齐全", CancellationToken.None);
        });
        Assert.Equal(ContractStatus.Effective, await SigningScenario.ContractStatusAsync(apps, _contract));
    }

    [Fact]
    public async Task DoubleTapAndSecondTab_SignOnce_AndSecondSignatureIsRefused()
    {
        await SigningScenario.PushAsync(apps, _contract);
        var id = (await DocumentAsync()).Id;
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var page = await phone.GetStringAsync($"/Sign/{id}");
        var token = Forms.AntiforgeryToken(page);
        List<KeyValuePair<string, string>> fields = [new("ShownSha256", SigningScenario.ShownSha256(page)), SigningScenario.Signature(SignaturePngs.Stroke())];

        var together = await Task.WhenAll(phone.PostFormAsync($"/Sign/{id}", token, fields), phone.PostFormAsync($"/Sign/{id}", token, fields));
        var later = await phone.PostFormAsync($"/Sign/{id}", token, fields);

        Assert.All([.. together, later], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Contains("文件已签署，无需重复签署", Forms.VisibleText(await phone.GetStringAsync($"/Sign/{id}")));
        var document = await DocumentAsync();
        Assert.Single(document.Evidence);
        // The unsigned PDF, the handwriting and the signed PDF: nothing from the repeats.
        Assert.Equal(3, apps.StoredFileCount());
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            Assert.Equal(3, await db.StoredFiles.CountAsync());
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.Title == "客户已签署"));
        });
    }

    [Fact]
    public async Task AnotherCustomer_GetsNotFound_ForThePageThePdfAndThePost()
    {
        await SigningScenario.PushAsync(apps, _contract);
        var id = (await DocumentAsync()).Id;
        var li = SandboxWeChatUsers.All[1];
        var liId = await SurveyScenario.VerifyAsync(apps, li.Name, li.OpenId, li.IdNumber!, li.Mobile);
        var liContract = await SigningScenario.PendingElectronicContractAsync(apps, liId);
        await SigningScenario.PushAsync(apps, liContract);
        var own = await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SignableDocuments.Where(d => d.SubjectId == liContract).Select(d => d.Id).SingleAsync());
        var liPhone = await apps.SignInAsync(li.OpenId);
        // A valid form of their own, posted to 张晓梅's document.
        var token = Forms.AntiforgeryToken(await liPhone.GetStringAsync($"/Sign/{own}"));

        Assert.Equal(HttpStatusCode.NotFound, (await liPhone.GetAsync($"/Sign/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liPhone.GetAsync($"/Sign/{id}?handler=Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liPhone.PostFormAsync($"/Sign/{id}", token, [SigningScenario.Signature(SignaturePngs.Stroke())])).StatusCode);
        var mine = await liPhone.GetStringAsync("/Sign");
        Assert.Contains($"/Sign/{own}", mine);
        Assert.DoesNotContain($"/Sign/{id}", mine);
        Assert.Equal(SignableDocumentStatus.AwaitingSignature, (await DocumentAsync()).Status);
        Assert.Equal(2, apps.StoredFileCount());
    }

    [Fact]
    public async Task BlankSignature_IsRefusedAtTheCanvas_AndNothingIsSigned()
    {
        await SigningScenario.PushAsync(apps, _contract);
        var id = (await DocumentAsync()).Id;
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);

        var blank = await SigningScenario.SignAsync(phone, id, SignaturePngs.Blank());
        var none = await SigningScenario.SignAsync(phone, id, null);

        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Matches("id=\"err-signature\">签名为空，请先签名，后提交<", await blank.Content.ReadAsStringAsync());
        Assert.Matches("id=\"err-signature\">请先签名，后提交<", await none.Content.ReadAsStringAsync());
        Assert.Equal(SignableDocumentStatus.AwaitingSignature, (await DocumentAsync()).Status);
        Assert.Equal(ContractStatus.PendingSignature, await SigningScenario.ContractStatusAsync(apps, _contract));
        Assert.Equal(1, apps.StoredFileCount());
    }

    [Fact]
    public async Task Push_ToAnUnverifiedCustomer_IsRefused_AndNothingIsGenerated()
    {
        var li = await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == "李建国").Select(c => c.Id).SingleAsync());
        var contract = await SigningScenario.PendingElectronicContractAsync(apps, li);

        var (advisor, response) = await SigningScenario.PushAsync(apps, contract);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("客户未实名，无法推送", Forms.VisibleText(await advisor.GetStringAsync($"/Contracts/Details/{contract}")));
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            Assert.Equal(0, await db.SignableDocuments.CountAsync());
            Assert.Equal(0, await db.CustomerTasks.CountAsync());
            Assert.Equal(0, await db.OutboxMessages.CountAsync());
        });
        Assert.Equal(0, apps.StoredFileCount());
    }

    [Fact]
    public async Task Push_Twice_KeepsOneDocument_AndAContractBackInDraftVoidsIt()
    {
        await SigningScenario.PushAsync(apps, _contract);
        await SigningScenario.PushAsync(apps, _contract);
        var document = await DocumentAsync();
        Assert.Equal(1, await apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().SignableDocuments.CountAsync()));

        // The customer has the signing page open while the contract goes back to draft.
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var page = await phone.GetStringAsync($"/Sign/{document.Id}");
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var version = await sp.GetRequiredService<CellCrmDbContext>().Contracts.Where(c => c.Id == _contract).Select(c => c.Version).SingleAsync();
            await sp.GetRequiredService<ContractService>().ReturnToDraftAsync(_contract, version, CancellationToken.None);
        });
        // Voided at once, not only when the customer next tries to sign; the reopened page says why.
        Assert.Equal(("合同已撤回修改", SignableDocumentStatus.Voided), ((await DocumentAsync()).VoidReason, (await DocumentAsync()).Status));
        Assert.Contains("合同已撤回修改，该文件已作废，无需签署", Forms.VisibleText(await phone.GetStringAsync($"/Sign/{document.Id}")));
        var response = await phone.PostFormAsync($"/Sign/{document.Id}", Forms.AntiforgeryToken(page),
            [new("ShownSha256", SigningScenario.ShownSha256(page)), SigningScenario.Signature(SignaturePngs.Stroke())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("合同已撤回修改，该文件已作废，无需签署", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(SignableDocumentStatus.Voided, (await DocumentAsync()).Status);
        Assert.Equal(ContractStatus.Draft, await SigningScenario.ContractStatusAsync(apps, _contract));
        Assert.Equal(1, apps.StoredFileCount());
    }

    private Task<SignableDocument> DocumentAsync() => apps.BackOffice.WithScopeAsync(sp =>
        sp.GetRequiredService<CellCrmDbContext>().SignableDocuments.AsNoTracking().Include(d => d.Signers).Include(d => d.Evidence)
            .SingleAsync(d => d.SubjectId == _contract));
}
