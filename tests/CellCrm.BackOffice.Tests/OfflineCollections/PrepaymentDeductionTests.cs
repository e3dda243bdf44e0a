using System.Net;
using CellCrm.BackOffice.Tests.Contracts;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.OfflineCollections;

/// <summary>预付款订单 and 预付款抵扣 on MariaDB: the order is priced with the preset prepayment product, paid offline
/// into a balance, and deducted from the customer's real contract; concurrent deductions never take the balance
/// below zero, one above the balance is refused, and a deduction finance finds wrong gives the amount back.</summary>
public class PrepaymentDeductionTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    private ContractTestData _data = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = await ContractTestData.PrepareAsync(app);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task PrepaymentOrder_FromTheContractForm_HasThePresetProductAtTheAmount()
    {
        var advisor = await SignedInAsync("advisor");

        var order = await PrepaymentOrderAsync(advisor, "10000");

        var line = Assert.Single(order.Lines);
        Assert.Equal((PrepaymentOrders.PresetProductName, 10_000_00L, 10_000_00L), (line.ProductName, line.AmountAfterFen, order.AmountFen));
        Assert.StartsWith("755YFK", order.Number);
        Assert.True(order.AcceptsPayment);
        Assert.True(await app.QueryAsync(db => db.PrepaymentAccounts.AnyAsync(a => a.Id == order.Id)));
    }

    [Fact]
    public async Task ConcurrentDeductions_NeverTakeTheBalanceBelowZero()
    {
        var advisor = await SignedInAsync("advisor");
        var order = await PrepaymentOrderAsync(advisor, "10000");
        await PayOfflineAsync(order, 10_000_00);
        var contract = await RealContractAsync(advisor);
        var create = Forms.VisibleText(await advisor.ReadPageAsync($"/OfflineCollections/Create/{contract.Id}"));
        Assert.Contains($"{order.Number}（预付款余额 10,000.00 元）", create);

        // Eight deductions of 6,000.00 from a balance of 10,000.00 at the same moment: exactly one may succeed.
        var stem = contract.Lines.OrderBy(l => l.Sort).First().Id;
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionService>().CreateAsync(contract.Id,
                    Deduction(order.Id, stem, 6_000_00), enter: true, new StaffRef(contract.OwnerId, "顾问"), null, CancellationToken.None));
                return "ok";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        })));

        Assert.Equal(1, attempts.Count(a => a == "ok"));
        Assert.All(attempts.Where(a => a != "ok"), a => Assert.True(
            a == OfflineCollectionService.BalanceConflictMessage || a.StartsWith("预付款余额不足", StringComparison.Ordinal), a));
        Assert.Equal(6_000_00, await app.QueryAsync(db => db.PrepaymentAccounts.Where(a => a.Id == order.Id).Select(a => a.DeductedFen).SingleAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.OfflineCollections.CountAsync(c => c.PrepaymentOrderId == order.Id)));
        Assert.Equal(4_000_00, (await BalanceAsync(order)).BalanceFen);

        // One above what is left is refused under the prepayment order; exactly the rest is fine.
        var above = await app.WithScopeAsync(async sp => await Assert.ThrowsAsync<DomainException>(() => sp.GetRequiredService<OfflineCollectionService>()
            .CreateAsync(contract.Id, Deduction(order.Id, stem, 4_000_01), true, new StaffRef(contract.OwnerId, "顾问"), null, CancellationToken.None)));
        Assert.Equal(("预付款余额不足：余额4,000.00元，本次抵扣4,000.01元", "PrepaymentOrderId"), (above.Message, above.Field));
        await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionService>()
            .CreateAsync(contract.Id, Deduction(order.Id, stem, 4_000_00), true, new StaffRef(contract.OwnerId, "顾问"), null, CancellationToken.None));
        Assert.Equal(0, (await BalanceAsync(order)).BalanceFen);
        Assert.Contains("已收（元） 10,000.00 未收（元） 77,800.00", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));
        Assert.Contains("预付款余额 0.00 元", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{order.Id}")));
    }

    [Fact]
    public async Task ConcurrentEntries_OnOneContract_NeverCollectMoreThanTheLineOwes()
    {
        var advisor = await SignedInAsync("advisor");
        var contract = await RealContractAsync(advisor);
        var line = contract.Lines.OrderBy(l => l.Sort).First();
        var part = line.AmountAfterFen * 2 / 5;

        // Six bank transfers of two fifths of the line at the same moment: only two fit in what the line owes.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionService>().CreateAsync(contract.Id,
                    new OfflineCollectionDetails(OfflineMethod.IcbcTransfer, null, null, ChinaTime.Today(app.Clock), "张晓梅", null, [new(line.Id, part)]),
                    enter: true, new StaffRef(contract.OwnerId, "顾问"), null, CancellationToken.None));
                return "ok";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        })));

        Assert.Equal(2, attempts.Count(a => a == "ok"));
        Assert.Equal(2 * part, await app.QueryAsync(db => db.OfflineCollections.Where(c => c.ContractId == contract.Id && c.EnteredAt != null)
            .SumAsync(c => c.AmountFen)));
    }

    [Fact]
    public async Task DeductionOverHttp_ThenFoundWrongByFinance_GivesTheBalanceBack()
    {
        var advisor = await SignedInAsync("advisor");
        var order = await PrepaymentOrderAsync(advisor, "10000");
        await PayOfflineAsync(order, 10_000_00);
        var contract = await RealContractAsync(advisor);
        var url = $"/OfflineCollections/Create/{contract.Id}";
        var html = await advisor.ReadPageAsync(url);
        var lines = contract.Lines.OrderBy(l => l.Sort).ToList();
        List<KeyValuePair<string, string>> Form(string amount, string? orderId) =>
        [
            new("Input.RequestKey", Guid.NewGuid().ToString()), new("Input.Method", "PrepaymentDeduction"), new("Input.PrepaymentOrderId", orderId ?? ""),
            new("Input.ReceivedOn", ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd")), new("Input.Payer", "张晓梅"),
            new("Input.Lines[0].ContractLineId", lines[0].Id.ToString()), new("Input.Lines[0].Amount", amount),
            new("Input.Lines[1].ContractLineId", lines[1].Id.ToString()), new("Input.Lines[1].Amount", ""),
        ];

        var noOrder = await advisor.PostFormAsync($"{url}?handler=Enter", Forms.AntiforgeryToken(html), Form("100", null));
        Assert.Equal("请选择预付款订单", FieldMessage(await noOrder.Content.ReadAsStringAsync(), "Input.PrepaymentOrderId"));
        var tooMuch = await advisor.PostFormAsync($"{url}?handler=Enter", Forms.AntiforgeryToken(html), Form("10000.01", order.Id.ToString()));
        Assert.Equal("预付款余额不足：余额10,000.00元，本次抵扣10,000.01元", FieldMessage(await tooMuch.Content.ReadAsStringAsync(), "Input.PrepaymentOrderId"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await advisor.PostFormAsync($"{url}?handler=Enter", Forms.AntiforgeryToken(html), Form("10000", order.Id.ToString()))).StatusCode);
        Assert.Equal(0, (await BalanceAsync(order)).BalanceFen);

        var deduction = await app.QueryAsync(db => db.OfflineCollections.AsNoTracking().SingleAsync(c => c.PrepaymentOrderId == order.Id));
        var finance = await SignedInAsync("finance");
        var page = $"/OfflineCollections/Details/{deduction.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await finance.SubmitAsync(page,
            [new("Version", deduction.Version.ToString()), new("Check.CheckedOn", deduction.ReceivedOn.ToString("yyyy-MM-dd")),
             new("Check.Result", "AmountDiffers"), new("Check.HasError", "true"), new("Check.ErrorNote", "客户只同意抵扣5,000元")], $"{page}?handler=Check")).StatusCode);

        Assert.Equal(10_000_00, (await BalanceAsync(order)).BalanceFen);
        Assert.Contains("已收（元） 0.00", Forms.VisibleText(await advisor.ReadPageAsync($"/Contracts/Details/{contract.Id}")));
    }

    [Fact]
    public async Task PrepaymentOrder_PaidOnline_BuildsTheBalanceTheDeductionDrawsOn()
    {
        var advisor = await SignedInAsync("advisor");
        var order = await PrepaymentOrderAsync(advisor, "5000");

        // 发起收款 on the order, and WeChat Pay reporting the payment of its JSAPI order.
        await app.WithScopeAsync(async sp =>
        {
            var link = await sp.GetRequiredService<PaymentLinkService>().SendAsync(order.CustomerId, 5_000_00, "合同 " + order.Number, order.Id,
                new StaffRef(order.OwnerId, "顾问"), Guid.NewGuid(), CancellationToken.None);
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var tracked = await db.PaymentLinks.Include(l => l.Attempts).SingleAsync(l => l.Id == link.Id);
            tracked.StartAttempt("YFKTEST000001", app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            var outcome = await sp.GetRequiredService<PaymentCrediting>().CreditAsync(new PaymentTransaction("wxapp", "mch", "YFKTEST000001",
                "4200000000202611270001", TradeState.Success, null, 5_000_00, 5_000_00, "CNY", null, null, null, app.Clock.GetUtcNow()),
                PaymentSource.Notify, CancellationToken.None);
            Assert.Equal(CreditOutcome.Credited, outcome);
        });

        Assert.Equal(5_000_00, (await BalanceAsync(order)).BalanceFen);
        var contract = await RealContractAsync(advisor);
        var stem = contract.Lines.OrderBy(l => l.Sort).First().Id;
        await app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionService>()
            .CreateAsync(contract.Id, Deduction(order.Id, stem, 5_000_00), true, new StaffRef(contract.OwnerId, "顾问"), null, CancellationToken.None));
        Assert.Equal(0, (await BalanceAsync(order)).BalanceFen);
    }

    private static OfflineCollectionDetails Deduction(Guid orderId, Guid lineId, long fen) =>
        new(OfflineMethod.PrepaymentDeduction, null, orderId, new DateOnly(2026, 1, 1), "张晓梅", null, [new(lineId, fen)]);

    private Task<PrepaymentBalance> BalanceAsync(Contract order) => app.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<OfflineCollectionService>().PrepaymentBalancesAsync(order.CustomerId, CancellationToken.None)).Single(b => b.OrderId == order.Id));

    /// <summary>The order paid into by bank transfer (entered through the service, as the page does).</summary>
    private Task PayOfflineAsync(Contract order, long fen) => app.WithScopeAsync(sp => sp.GetRequiredService<OfflineCollectionService>().CreateAsync(order.Id,
        new OfflineCollectionDetails(OfflineMethod.IcbcTransfer, null, null, ChinaTime.Today(app.Clock), "张晓梅", null, [new(order.Lines.Single().Id, fen)]),
        enter: true, new StaffRef(order.OwnerId, "顾问"), null, CancellationToken.None));

    /// <summary>A 预付款订单 (公库订单: no signature) for Zhang through the contract form, submitted.</summary>
    private async Task<Contract> PrepaymentOrderAsync(HttpClient advisor, string amount)
    {
        var preset = await app.QueryAsync(db => db.Products.Where(p => p.Code == PrepaymentOrders.PresetProductCode).Select(p => p.Id).SingleAsync());
        var form = _data.Form(orderType: "PublicBank").Where(f => !f.Key.StartsWith("Input.Lines", StringComparison.Ordinal) && f.Key != "Input.BusinessType")
            .Concat([new("Input.BusinessType", "Prepayment"), new("Input.Lines[0].ProductId", preset.ToString()), new("Input.Lines[0].Quantity", "1"),
                new("Input.Lines[0].AmountAfter", amount)]).ToList();
        var created = await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return await SubmitAsync(advisor, c => c.BusinessType == ContractBusinessType.Prepayment);
    }

    /// <summary>A paper contract for Zhang (87,800.00 yuan) created and submitted by the advisor.</summary>
    private async Task<Contract> RealContractAsync(HttpClient advisor)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await advisor.SubmitAsync($"/Contracts/Create?customerId={_data.Zhang}", _data.Form())).StatusCode);
        return await SubmitAsync(advisor, c => c.BusinessType != ContractBusinessType.Prepayment);
    }

    private async Task<Contract> SubmitAsync(HttpClient advisor, System.Linq.Expressions.Expression<Func<Contract, bool>> which)
    {
        var contract = await app.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(which));
        var page = $"/Contracts/Details/{contract.Id}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await advisor.SubmitAsync(page, [new("Version", contract.Version.ToString())], $"{page}?handler=Submit")).StatusCode);
        return await app.QueryAsync(db => db.Contracts.AsNoTracking().Include(c => c.Lines).SingleAsync(which));
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(user);
        return browser;
    }
}
