using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.BackOffice.Tests.Customers;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Refunds;

/// <summary>A contract of Zhang's (87,800.00 yuan) paid in full through WeChat Pay (the fake server), and refund
/// applications on it, driven through the same services the pages use.</summary>
internal static class RefundTestData
{
    public static readonly RefundAccount ZhangAccount = new("张晓梅", "招商银行深圳分行", "6225881234567890");

    /// <summary>The advisor's submitted contract, a link for its whole amount, the JSAPI order placed and paid at the
    /// fake server, and the payment recorded from the query (as the reconciliation would).</summary>
    public static async Task<(Contract Contract, Payment Payment)> PaidContractAsync(BackOfficeFactory app, FakeWeChatPayServer weChatPay)
    {
        var data = await ContractTestData.PrepareAsync(app);
        var contract = await app.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<ContractService>();
            var draft = new ContractDraft(new ContractDetails(ContractBusinessType.CellHealth, ContractOrderType.Paper, data.Zhang, null, "13800138000", true,
                data.Hospital, null, "深圳市", null, CertificateType.Electronic, false, null, []),
                [new LineRequest(data.Stem, 1, null), new LineRequest(data.Immune, 1, null)], null, null);
            var created = await service.CreateAsync(draft, await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
            await service.SubmitAsync(created.Id, created.Version, await sp.RefAsync("advisor"), CancellationToken.None);
            return await sp.GetRequiredService<CellCrmDbContext>().Contracts.AsNoTracking().SingleAsync(c => c.Id == created.Id);
        });
        var payment = await app.WithScopeAsync(async sp =>
        {
            var link = await sp.GetRequiredService<PaymentLinkService>().SendAsync(contract.CustomerId, contract.AmountFen, "合同 " + contract.Number, contract.Id,
                await sp.RefAsync("advisor"), Guid.NewGuid(), CancellationToken.None);
            var checkout = await sp.GetRequiredService<PaymentCheckout>().PrepareAsync(link.Id, contract.CustomerId, "o-zhang", CancellationToken.None);
            Assert.NotNull(checkout);
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var outTradeNo = await db.PaymentAttempts.Where(a => a.PaymentLinkId == link.Id).Select(a => a.OutTradeNo).SingleAsync();
            weChatPay.MarkPaid(outTradeNo);
            var transaction = await sp.GetRequiredService<IPaymentGateway>().QueryByOutTradeNoAsync(outTradeNo, CancellationToken.None);
            Assert.Equal(CreditOutcome.Credited, await sp.GetRequiredService<PaymentCrediting>().CreditAsync(transaction.Value, PaymentSource.Query, CancellationToken.None));
            return await db.Payments.AsNoTracking().SingleAsync(p => p.PaymentLinkId == link.Id);
        });
        return (contract, payment);
    }

    public static Task<RefundApplication> CreateAsync(BackOfficeFactory app, Contract contract, Payment payment, long amountFen,
        RefundAccount? account = null, string? requestKey = null) =>
        app.WithScopeAsync(async sp => await sp.GetRequiredService<RefundApplicationService>().CreateAsync(
            new RefundRequest(contract.Id, null, "终止合同，退还部分款项", [new RefundLineRequest(RefundSourceKind.OnlinePayment, payment.Id, amountFen, null)],
                account ?? ZhangAccount, requestKey ?? Guid.NewGuid().ToString()),
            await sp.RefAsync("advisor"), await sp.DepartmentOfAsync("advisor"), CancellationToken.None));

    /// <summary>Submitted, then approved by 组长 and 财务 (below 5万元 there is no third step).</summary>
    public static async Task<RefundApplication> ApprovedAsync(BackOfficeFactory app, Contract contract, Payment payment, long amountFen)
    {
        var application = await CreateAsync(app, contract, payment, amountFen);
        await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<RefundApplicationService>().SubmitAsync(application.Id, application.Version, CancellationToken.None);
            var approvals = sp.GetRequiredService<ApprovalService>();
            var requestId = await sp.GetRequiredService<CellCrmDbContext>().ApprovalRequests.Where(r => r.SubjectId == application.Id).Select(r => r.Id).SingleAsync();
            await approvals.ApproveAsync(requestId, await sp.RefAsync("leader"), "同意", CancellationToken.None);
            await approvals.ApproveAsync(requestId, await sp.RefAsync("finance"), "核对无误", CancellationToken.None);
        });
        return await LoadAsync(app, application.Id);
    }

    public static Task<RefundApplication> LoadAsync(BackOfficeFactory app, Guid id) =>
        app.QueryAsync(db => db.RefundApplications.AsNoTracking().Include(a => a.Lines).SingleAsync(a => a.Id == id));
}
