using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.Tests.Contracts;
using static CellCrm.Domain.Tests.Contracts.ContractBuilder;

namespace CellCrm.Domain.Tests.OfflineCollections;

public class OfflineCollectionTests
{
    private static readonly StaffRef Advisor = new(Guid.NewGuid(), "顾问甲");
    private static readonly StaffRef Finance = new(Guid.NewGuid(), "财务乙");

    /// <summary>A submitted order (no signature needed) of 脐带间充质 68,000.00 + CIK 19,800.00.</summary>
    private static Contract Submitted()
    {
        var contract = new Contract("755XBJK202611001", Details(ContractOrderType.PublicBank), Guid.NewGuid(), Guid.NewGuid(), Now);
        contract.Price([StemLine(), ImmuneLine()], null, null, Today);
        contract.Submit(Now);
        return contract;
    }

    private static ContractLine Stem(Contract c) => c.Lines.Single(l => l.ProductId == ContractBuilder.Stem);

    private static ContractLine Immune(Contract c) => c.Lines.Single(l => l.ProductId == ContractBuilder.Immune);

    private static OfflineCollectionDetails Entry(Contract c, long stemFen, long? immuneFen = null, OfflineMethod method = OfflineMethod.CmbTransfer,
        DateOnly? receivedOn = null, Guid? order = null, string? other = null) =>
        new(method, other, order, receivedOn ?? Today, "张三", null,
            immuneFen is null ? [new(Stem(c).Id, stemFen)] : [new(Stem(c).Id, stemFen), new(Immune(c).Id, immuneFen.Value)]);

    [Fact]
    public void New_SumsTheLinesAndStartsAsDraft()
    {
        var c = Submitted();
        var collection = new OfflineCollection(c, Entry(c, 30_000_00, 19_800_00), CollectedSoFar.Nothing, Advisor, Now);

        Assert.Equal(49_800_00, collection.AmountFen);
        Assert.Equal(OfflineCollectionStatus.Draft, collection.Status);
        Assert.False(collection.Counts);
        Assert.Equal(c.CustomerId, collection.CustomerId);
        Assert.Equal(2, collection.Lines.Count);
    }

    [Fact]
    public void New_LineAboveWhatItStillOwes_Throws()
    {
        var c = Submitted();
        var collected = new CollectedSoFar(new Dictionary<Guid, long> { [Immune(c).Id] = 10_000_00 }, 10_000_00);

        var e = Assert.Throws<DomainException>(() => new OfflineCollection(c, Entry(c, 1_00, 9_800_01), collected, Advisor, Now));

        Assert.Equal("“成品CIK”的回款金额不能超过该产品未回款金额9,800.00元", e.Message);
        Assert.Equal("Lines[1].Amount", e.Field);
    }

    [Fact]
    public void New_TotalAboveTheContractOutstanding_Throws()
    {
        var c = Submitted();
        // Online payments took 80,000.00 of 87,800.00; the lines themselves are untouched by offline entries.
        var collected = new CollectedSoFar(new Dictionary<Guid, long>(), 80_000_00);

        var e = Assert.Throws<DomainException>(() => new OfflineCollection(c, Entry(c, 8_000_00), collected, Advisor, Now));

        Assert.Contains("超过合同未收金额7,800.00元", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void New_AmountNotAboveZero_Throws(long fen)
    {
        var c = Submitted();
        Assert.Throws<DomainException>(() => new OfflineCollection(c, Entry(c, fen), CollectedSoFar.Nothing, Advisor, Now));
    }

    [Fact]
    public void New_LineOfAnotherContract_Throws()
    {
        var c = Submitted();
        var details = new OfflineCollectionDetails(OfflineMethod.BocTransfer, null, null, Today, "张三", null, [new(Guid.NewGuid(), 100)]);

        var e = Assert.Throws<DomainException>(() => new OfflineCollection(c, details, CollectedSoFar.Nothing, Advisor, Now));
        Assert.Equal("回款明细须为本合同的产品", e.Message);
    }

    [Fact]
    public void New_NoLines_Throws()
    {
        var c = Submitted();
        var details = new OfflineCollectionDetails(OfflineMethod.BocTransfer, null, null, Today, "张三", null, []);

        Assert.Equal("请添加线下回款明细", Assert.Throws<DomainException>(() => new OfflineCollection(c, details, CollectedSoFar.Nothing, Advisor, Now)).Message);
    }

    [Fact]
    public void New_ReceivedInTheFuture_Throws()
    {
        var c = Submitted();
        var e = Assert.Throws<DomainException>(() => new OfflineCollection(c, Entry(c, 100, receivedOn: Today.AddDays(1)), CollectedSoFar.Nothing, Advisor, Now));
        Assert.Equal("ReceivedOn", e.Field);
    }

    [Fact]
    public void New_OtherWithoutItsName_Throws_AndWithItReadsIt()
    {
        var c = Submitted();
        var e = Assert.Throws<DomainException>(() => new OfflineCollection(c, Entry(c, 100, method: OfflineMethod.Other), CollectedSoFar.Nothing, Advisor, Now));
        Assert.Equal("请填写其他回款方式", e.Message);

        var ok = new OfflineCollection(c, Entry(c, 100, method: OfflineMethod.Other, other: "现金"), CollectedSoFar.Nothing, Advisor, Now);
        Assert.Equal("其他（现金）", ok.MethodLabel);
    }

    [Fact]
    public void New_DeductionWithoutPrepaymentOrder_Throws()
    {
        var c = Submitted();
        var e = Assert.Throws<DomainException>(() =>
            new OfflineCollection(c, Entry(c, 100, method: OfflineMethod.PrepaymentDeduction), CollectedSoFar.Nothing, Advisor, Now));
        Assert.Equal("请选择预付款订单", e.Message);
    }

    [Fact]
    public void New_OnDraftContract_Throws()
    {
        var c = Draft(ContractOrderType.PublicBank);
        var e = Assert.Throws<DomainException>(() => new OfflineCollection(c, Entry(c, 100), CollectedSoFar.Nothing, Advisor, Now));
        Assert.Contains("草稿，不能录入回款", e.Message);
    }

    [Fact]
    public void Enter_OnTheDayOfReceipt_CountsAndIsNotLate()
    {
        var c = Submitted();
        var collection = new OfflineCollection(c, Entry(c, 100), CollectedSoFar.Nothing, Advisor, Now);

        collection.Enter(c, CollectedSoFar.Nothing, Now.AddHours(12)); // 21:00 China time, same day

        Assert.Equal(OfflineCollectionStatus.PendingCheck, collection.Status);
        Assert.True(collection.Counts);
        Assert.False(collection.IsLate);
    }

    [Fact]
    public void Enter_AfterTheDayOfReceipt_IsMarkedLate()
    {
        var c = Submitted();
        var collection = new OfflineCollection(c, Entry(c, 100, receivedOn: Today.AddDays(-1)), CollectedSoFar.Nothing, Advisor, Now);

        collection.Enter(c, CollectedSoFar.Nothing, Now);

        Assert.True(collection.IsLate);
    }

    [Fact]
    public void Enter_Twice_Throws()
    {
        var c = Submitted();
        var collection = new OfflineCollection(c, Entry(c, 100), CollectedSoFar.Nothing, Advisor, Now);
        collection.Enter(c, CollectedSoFar.Nothing, Now);

        Assert.Equal("该线下收款已录入，请勿重复提交", Assert.Throws<DomainException>(() => collection.Enter(c, CollectedSoFar.Nothing, Now)).Message);
    }

    [Fact]
    public void Enter_WhenOthersCameInSinceTheDraft_ChecksTheAmountsAgain()
    {
        var c = Submitted();
        var collection = new OfflineCollection(c, Entry(c, 100), CollectedSoFar.Nothing, Advisor, Now);
        var since = new CollectedSoFar(new Dictionary<Guid, long> { [Stem(c).Id] = 68_000_00 }, 68_000_00);

        Assert.Throws<DomainException>(() => collection.Enter(c, since, Now));
        Assert.Equal(OfflineCollectionStatus.Draft, collection.Status);
    }

    [Fact]
    public void Check_Matched_IsChecked()
    {
        var collection = Entered(out _);

        collection.Check(Finance, Today, ReceiptCheck.Matched, false, null, Now);

        Assert.Equal(OfflineCollectionStatus.Checked, collection.Status);
        Assert.True(collection.Counts);
        Assert.Equal("财务乙", collection.CheckerName);
        Assert.Equal(Today, collection.CheckedOn);
    }

    [Fact]
    public void Check_NotArrivedWithoutError_Throws()
    {
        var collection = Entered(out _);
        var e = Assert.Throws<DomainException>(() => collection.Check(Finance, Today, ReceiptCheck.NotArrived, false, null, Now));
        Assert.Equal("HasError", e.Field);
    }

    [Fact]
    public void Check_WithErrorButNoNote_Throws()
    {
        var collection = Entered(out _);
        var e = Assert.Throws<DomainException>(() => collection.Check(Finance, Today, ReceiptCheck.AmountDiffers, true, " ", Now));
        Assert.Equal("请填写错误说明", e.Message);
    }

    [Fact]
    public void Check_BeforeTheReceiptDay_Throws()
    {
        var collection = Entered(out _);
        var e = Assert.Throws<DomainException>(() => collection.Check(Finance, Today.AddDays(-1), ReceiptCheck.Matched, false, null, Now));
        Assert.Equal("核对日期不能早于实际回款日期", e.Message);
    }

    [Fact]
    public void Check_WithError_StopsCountingUntilCorrectedAndEnteredAgain()
    {
        var collection = Entered(out var c);

        collection.Check(Finance, Today, ReceiptCheck.AmountDiffers, true, "实际到账50元", Now);
        Assert.Equal(OfflineCollectionStatus.Erroneous, collection.Status);
        Assert.False(collection.Counts);

        collection.Update(c, Entry(c, 50), CollectedSoFar.Nothing, Now);
        collection.Enter(c, CollectedSoFar.Nothing, Now.AddDays(1));
        Assert.Equal(OfflineCollectionStatus.PendingCheck, collection.Status);
        Assert.Equal(50, collection.AmountFen);
        Assert.Null(collection.CheckerName);
        Assert.False(collection.IsLate); // first entered on the day; the correction does not make it late
    }

    [Fact]
    public void Check_Twice_Throws_AndDraftCannotBeChecked()
    {
        var collection = Entered(out var c);
        collection.Check(Finance, Today, ReceiptCheck.Matched, false, null, Now);
        Assert.Throws<DomainException>(() => collection.Check(Finance, Today, ReceiptCheck.Matched, false, null, Now));

        var draft = new OfflineCollection(c, Entry(c, 100), CollectedSoFar.Nothing, Advisor, Now);
        Assert.Equal("草稿尚未提交，不能核对", Assert.Throws<DomainException>(() => draft.Check(Finance, Today, ReceiptCheck.Matched, false, null, Now)).Message);
    }

    [Fact]
    public void Update_WhenChecked_Throws()
    {
        var collection = Entered(out var c);
        collection.Check(Finance, Today, ReceiptCheck.Matched, false, null, Now);
        Assert.Throws<DomainException>(() => collection.Update(c, Entry(c, 50), CollectedSoFar.Nothing, Now));
    }

    [Fact]
    public void Labels_FollowTheSeedList()
    {
        Assert.Equal(13, Enum.GetValues<OfflineMethod>().Length);
        Assert.Equal("中行聚合码 (微信/支付宝/云闪付)", OfflineCollectionLabels.Of(OfflineMethod.BocAggregatedQr));
        Assert.Equal("预付款抵扣", OfflineCollectionLabels.Of(OfflineMethod.PrepaymentDeduction));
        Assert.Equal("银联-微信/支付宝 (客户扫公司码)", OfflineCollectionLabels.Of(OfflineMethod.UnionPayCompanyCode));
    }

    private static OfflineCollection Entered(out Contract contract)
    {
        contract = Submitted();
        var collection = new OfflineCollection(contract, Entry(contract, 100), CollectedSoFar.Nothing, Advisor, Now);
        collection.Enter(contract, CollectedSoFar.Nothing, Now);
        return collection;
    }
}
