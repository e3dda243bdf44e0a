using System.Net;
using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.BackOffice.Tests.Refunds;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Refunds.RefundTestData;

namespace CellCrm.BackOffice.Tests.RefundWiring;

/// <summary>Offline collections (线下收款) as refund sources paid by bank transfer, and as split receipts whose
/// approved split a recorded bank-transfer refund reverses; erroneous collections are neither.</summary>
public class OfflineRefundAndSplitTests(RefundBackOfficeFactory app) : IClassFixture<RefundBackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        app.WeChatPay.RefundBalanceFen = long.MaxValue;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task OfflineCollection_IsRefundedByBankTransfer_AndItsApprovedSplitIsReversedOnce()
    {
        var contract = await SubmittedContractAsync();
        var collection = await EnteredCollectionAsync(contract, 20_000_00);

        var sources = await app.WithScopeAsync(sp => sp.GetRequiredService<RefundSources>().ForContractAsync(contract.Id, CancellationToken.None));
        var offline = Assert.Single(sources, s => s.Kind == RefundSourceKind.OfflineCollection);
        Assert.Equal((collection.Id, 20_000_00L), (offline.Id, offline.ReceivedFen));
        Assert.StartsWith("线下收款 ", offline.Label);

        var split = await RefundSplitReversalTests.ApprovedSplitAsync(app, SplitSourceKind.Offline, collection.Id, 2500, 7500);
        Assert.Equal(20_000_00, split.ReceivedFen);

        var application = await ApprovedOfflineRefundAsync(contract, collection.Id, 4_000_00);
        var line = application.Lines.Single();
        Assert.Equal((RefundPayoutMethod.BankTransfer, RefundLineState.Pending), (line.Method, line.State));
        await app.WithScopeAsync(async sp =>
        {
            var payout = sp.GetRequiredService<RefundPayout>();
            await payout.StartAsync(application.Id, application.Version, CancellationToken.None);
            var version = (await LoadAsync(app, application.Id)).Version;
            await payout.RecordBankTransferAsync(application.Id, version, line.Id, ChinaTime.Today(app.Clock), "ICBC20261127009", null, "财务", CancellationToken.None);
        });

        Assert.Equal(RefundApplicationStatus.Refunded, (await LoadAsync(app, application.Id)).Status);
        var reversals = await RefundSplitReversalTests.ReversalsAsync(app, split.Id);
        Assert.Equal([1_000_00L, 3_000_00L], reversals.Select(r => r.AmountFen).Order());
        Assert.All(reversals, r => Assert.Equal("TK" + line.Id.ToString("N"), r.RefundReference));
        Assert.Equal([(5_000_00L, 1_000_00L), (15_000_00L, 3_000_00L)],
            (await app.QueryAsync(db => db.PaymentSplits.AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.Id == split.Id))).Lines
            .OrderBy(l => l.Sort).Select(l => (l.AmountFen, l.ReversedFen)));

        // What is left of the collection caps a further refund.
        var left = Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<RefundSources>().ForContractAsync(contract.Id, CancellationToken.None)),
            s => s.Kind == RefundSourceKind.OfflineCollection);
        Assert.Equal(4_000_00, left.ReservedFen);
    }

    [Fact]
    public async Task OfflineCollectionPage_LinksToSplit_AndTheSplitFormShowsItsAmount_ErroneousOnesAreNeither()
    {
        var contract = await SubmittedContractAsync();
        var collection = await EnteredCollectionAsync(contract, 3_000_00);
        var advisor = await app.SignedInAsync("advisor");

        var details = await advisor.ReadPageAsync($"/OfflineCollections/Details/{collection.Id}");
        Assert.Contains($"/PaymentSplits/Create?Kind=Offline&amp;SourceId={collection.Id}", details);
        Assert.Contains("本次回款金额（元） 3,000.00", Forms.VisibleText(await advisor.ReadPageAsync($"/PaymentSplits/Create?Kind=Offline&SourceId={collection.Id}")));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var tracked = await db.OfflineCollections.SingleAsync(c => c.Id == collection.Id);
            tracked.Check(await sp.RefAsync("finance"), ChinaTime.Today(app.Clock), ReceiptCheck.AmountDiffers, true, "金额与流水不符", app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        Assert.DoesNotContain("/PaymentSplits/Create", await advisor.ReadPageAsync($"/OfflineCollections/Details/{collection.Id}"));
        Assert.DoesNotContain(await app.WithScopeAsync(sp => sp.GetRequiredService<RefundSources>().ForContractAsync(contract.Id, CancellationToken.None)),
            s => s.Kind == RefundSourceKind.OfflineCollection);
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync($"/PaymentSplits/Create?Kind=Offline&SourceId={collection.Id}")).StatusCode);
    }

    [Fact]
    public async Task Refund_LinkedToAnAgreementThatIsNoSignedTerminationOfTheContract_IsRefused()
    {
        var contract = await SubmittedContractAsync();
        var collection = await EnteredCollectionAsync(contract, 1_000_00);

        var e = await Assert.ThrowsAsync<DomainException>(() => app.WithScopeAsync(async sp => await sp.GetRequiredService<RefundApplicationService>().CreateAsync(
            new RefundRequest(contract.Id, Guid.NewGuid(), "终止合同", [new RefundLineRequest(RefundSourceKind.OfflineCollection, collection.Id, 1_000_00, null)],
                ZhangAccount, Guid.NewGuid().ToString()),
            await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), CancellationToken.None)));

        Assert.Equal(("所选终止协议不存在、不属于该合同或尚未签署", "TerminationAgreementId"), (e.Message, e.Field));
        Assert.Equal(0, await app.QueryAsync(db => db.RefundApplications.CountAsync()));
    }

    /// <summary>Zhang's contract (87,800.00 yuan), created and submitted by the advisor, nothing received yet.</summary>
    private async Task<Contract> SubmittedContractAsync()
    {
        var data = await ContractTestData.PrepareAsync(app);
        return await app.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<ContractService>();
            var draft = new ContractDraft(new ContractDetails(ContractBusinessType.CellHealth, ContractOrderType.Paper, data.Zhang, null, "13800138000", true,
                data.Hospital, null, "深圳市", null, CertificateType.Electronic, false, null, []),
                [new LineRequest(data.Stem, 1, null), new LineRequest(data.Immune, 1, null)], null, null);
            var created = await service.CreateAsync(draft, await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
            await service.SubmitAsync(created.Id, created.Version, await sp.RefAsync("advisor"), CancellationToken.None);
            return await sp.GetRequiredService<CellCrmDbContext>().Contracts.AsNoTracking().SingleAsync(c => c.Id == created.Id);
        });
    }

    /// <summary>An offline collection of the contract's first line, entered by its owner.</summary>
    private async Task<OfflineCollection> EnteredCollectionAsync(Contract contract, long fen)
    {
        var lineId = await app.QueryAsync(db => db.Contracts.AsNoTracking().Where(c => c.Id == contract.Id).SelectMany(c => c.Lines).OrderBy(l => l.Sort).Select(l => l.Id).FirstAsync());
        return await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionService>().CreateAsync(contract.Id,
            new OfflineCollectionDetails(OfflineMethod.IcbcTransfer, null, null, ChinaTime.Today(app.Clock), "张晓梅", null, [new(lineId, fen)]),
            enter: true, new StaffRef(contract.OwnerId, "顾问"), null, CancellationToken.None));
    }

    private async Task<RefundApplication> ApprovedOfflineRefundAsync(Contract contract, Guid collectionId, long fen)
    {
        var id = await app.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<RefundApplicationService>();
            var created = await service.CreateAsync(new RefundRequest(contract.Id, null, "终止合同，退还线下收款",
                    [new RefundLineRequest(RefundSourceKind.OfflineCollection, collectionId, fen, null)], ZhangAccount, Guid.NewGuid().ToString()),
                await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), CancellationToken.None);
            await service.SubmitAsync(created.Id, created.Version, CancellationToken.None);
            var approvals = sp.GetRequiredService<ApprovalService>();
            var requestId = await sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests.Where(r => r.SubjectId == created.Id).Select(r => r.Id).SingleAsync();
            await approvals.ApproveAsync(requestId, await sp.RefAsync("leader"), "同意", CancellationToken.None);
            await approvals.ApproveAsync(requestId, await sp.RefAsync("finance"), "核对无误", CancellationToken.None);
            return created.Id;
        });
        return await LoadAsync(app, id);
    }
}
