using System.Net;
using System.Net.Http.Headers;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.RefundWiring;

/// <summary>A refund under a signed termination agreement: 发起退款申请 appears on the agreement's page once
/// it is signed, the refund keeps the agreement, its page shows the agreement number and the agreement lists it.</summary>
public class TerminationRefundTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SignedTermination_OffersARefund_LinkedBothWays()
    {
        var contractId = await EffectiveContractAsync();
        var collectionId = await CollectionAsync(contractId, 5_000_00);
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync($"/Contracts/Agreements/Create?contractId={contractId}",
        [
            new("Input.ContractId", contractId.ToString()), new("Input.Purpose", "Termination"), new("Input.SampleCollected", "false"),
            new("Input.Signing", "Paper"), new("Input.Reason", "客户家庭原因"),
        ])).StatusCode);
        var agreement = await app.QueryAsync(db => db.SupplementaryAgreements.AsNoTracking().SingleAsync());
        var page = $"/Contracts/Agreements/Details/{agreement.Id}";
        Assert.DoesNotContain("发起退款申请", await advisor.GetStringAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync(page, [new("Version", (await VersionAsync(agreement.Id)).ToString())], $"{page}?handler=Submit")).StatusCode);
        var token = Forms.AntiforgeryToken(await advisor.GetStringAsync(page));
        using (var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent((await VersionAsync(agreement.Id)).ToString()), "Version" } })
        {
            var file = new ByteArrayContent(ContractDemoSeeder.DemoScan(agreement.Id));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "ScanFile", "终止协议.pdf");
            Assert.Equal(HttpStatusCode.Redirect, (await advisor.PostAsync($"{page}?handler=UploadScan", form)).StatusCode);
        }

        Assert.Equal(AgreementStatus.Signed, (await app.QueryAsync(db => db.SupplementaryAgreements.AsNoTracking().SingleAsync())).Status);
        Assert.Contains($"/Refunds/Create/{contractId}?agreementId={agreement.Id}", await advisor.GetStringAsync(page));

        var refund = await app.WithScopeAsync(async sp => await sp.GetRequiredService<RefundApplicationService>().CreateAsync(
            new RefundRequest(contractId, agreement.Id, "终止合同退款", [new RefundLineRequest(RefundSourceKind.OfflineCollection, collectionId, 5_000_00, null)],
                null, Guid.NewGuid().ToString()),
            await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), CancellationToken.None));

        Assert.Equal(agreement.Id, refund.TerminationAgreementId);
        Assert.Contains(agreement.Number, Forms.VisibleText(await advisor.GetStringAsync($"/Refunds/Details/{refund.Id}")));
        Assert.Contains(refund.Number, Forms.VisibleText(await advisor.GetStringAsync(page)));
    }

    private async Task<Guid> CollectionAsync(Guid contractId, long fen)
    {
        var contract = await app.QueryAsync(db => db.Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == contractId));
        var collection = await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionService>().CreateAsync(contractId,
            new OfflineCollectionDetails(OfflineMethod.IcbcTransfer, null, null, ChinaTime.Today(app.Clock), "张晓梅", null, [new(contract.Lines.OrderBy(l => l.Sort).First().Id, fen)]),
            enter: true, new StaffRef(contract.OwnerId, "顾问"), null, CancellationToken.None));
        return collection.Id;
    }

    /// <summary>Zhang's paper contract for 脐带 (68,000.00 yuan), submitted, scanned and approved by 客服.</summary>
    private async Task<Guid> EffectiveContractAsync()
    {
        var id = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var product = await db.Products.SingleAsync(p => p.Code == "SC-UC-TBF");
            product.SetListPrice(68_000_00);
            await db.SaveChangesAsync();
            var hospital = await db.Hospitals.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
            var zhang = await db.Customers.Where(c => c.Name == "张晓梅").Select(c => c.Id).SingleAsync();
            var details = new ContractDetails(ContractBusinessType.NewbornStemCell, ContractOrderType.Paper, zhang, null, "13800138000", true, hospital,
                "产科", "深圳市", null, CertificateType.Electronic, false, null, []);
            var contract = await sp.GetRequiredService<ContractService>().CreateAsync(new ContractDraft(details, [new LineRequest(product.Id, 1, null)], null, null),
                await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
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
        return id;
    }

    private Task<int> VersionAsync(Guid agreementId) =>
        app.QueryAsync(db => db.SupplementaryAgreements.Where(a => a.Id == agreementId).Select(a => a.Version).SingleAsync());

    private Task<int> ContractVersionAsync(Guid id) =>
        app.QueryAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
}
