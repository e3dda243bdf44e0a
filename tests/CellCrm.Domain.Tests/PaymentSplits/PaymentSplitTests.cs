using CellCrm.Domain.Common;
using CellCrm.Domain.PaymentSplits;

namespace CellCrm.Domain.Tests.PaymentSplits;

public class PaymentSplitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static SplitReceipt Receipt(long fen) =>
        new(SplitSourceKind.Online, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), fen, Now.AddDays(-1));

    private static SplitLineDraft Line(int basisPoints) =>
        new(Guid.CreateVersion7(), "顾问" + basisPoints, Guid.CreateVersion7(), "深圳市人民医院", basisPoints);

    private static PaymentSplit Split(long fen, params int[] ratios) =>
        new("HKCD202611001", Receipt(fen), [.. ratios.Select(Line)], Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Now);

    private static PaymentSplit Approved(long fen, params int[] ratios)
    {
        var split = Split(fen, ratios);
        split.Approve(Now);
        return split;
    }

    [Fact]
    public void New_FiftyFifty_OfTheManualsReceipt_SplitsEvenlyAndWaitsForApproval()
    {
        var split = Split(25_800_00, 5000, 5000);

        Assert.Equal([12_900_00L, 12_900_00], split.Lines.OrderBy(l => l.Sort).Select(l => l.AmountFen));
        Assert.Equal(PaymentSplitStatus.Pending, split.Status);
        Assert.Equal(split.SourceId, split.ActiveSourceId);
    }

    [Theory]
    [InlineData(new[] { 5000, 4999 })]
    [InlineData(new[] { 9999 })]
    [InlineData(new[] { 5000, 5001 })]
    public void New_RatiosNotTotallingExactlyOneHundredPercent_Throws(int[] ratios)
    {
        var error = Assert.Throws<DomainException>(() => Split(100_00, ratios));

        Assert.Equal("拆分比例合计必须为100%", error.Message);
    }

    [Fact]
    public void New_NoLines_ZeroRatio_OrTheSameAdvisorAndHospitalTwice_Throws()
    {
        Assert.Equal("请至少添加一条拆单明细", Assert.Throws<DomainException>(() => Split(100)).Message);
        Assert.Equal("第2行的比例须大于0且不超过100%", Assert.Throws<DomainException>(() => Split(100, 10_000, 0)).Message);
        var line = Line(5000);
        Assert.Equal("同一顾问和拆分医院只能填写一行", Assert.Throws<DomainException>(() =>
            new PaymentSplit("HKCD1", Receipt(100), [line, line], Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now)).Message);
        Assert.Equal("回款金额须大于0才能拆单", Assert.Throws<DomainException>(() => Split(0, 10_000)).Message);
    }

    [Fact]
    public void Approve_Twice_Throws_AndRejectFreesTheReceiptForAnotherSplit()
    {
        var split = Approved(100, 10_000);
        Assert.Throws<DomainException>(() => split.Approve(Now));

        var rejected = Split(100, 10_000);
        rejected.Reject("比例不对", Now);
        Assert.Equal((PaymentSplitStatus.Rejected, (Guid?)null, "比例不对"), (rejected.Status, rejected.ActiveSourceId, rejected.RejectionReason));
        rejected.Reopen();
        Assert.Equal((PaymentSplitStatus.Pending, (Guid?)rejected.SourceId), (rejected.Status, rejected.ActiveSourceId));
    }

    [Fact]
    public void ReverseForRefund_Half_TakesBackHalfOfEachLine()
    {
        var split = Approved(25_800_00, 5000, 5000);

        var reversals = split.ReverseForRefund("TK202611001", 10_000_00, Now);

        Assert.Equal([5_000_00L, 5_000_00], reversals.Select(r => r.AmountFen));
        Assert.Equal([7_900_00L, 7_900_00], split.Lines.OrderBy(l => l.Sort).Select(l => l.RemainingFen));
    }

    [Fact]
    public void ReverseForRefund_SameRefundAgain_ReversesNothingMore()
    {
        var split = Approved(100_00, 3000, 7000);
        split.ReverseForRefund("TK1", 50_00, Now);

        Assert.Empty(split.ReverseForRefund("TK1", 50_00, Now));
        Assert.Equal(50_00, split.ReversedFen);
    }

    [Fact]
    public void ReverseForRefund_AboveWhatIsLeft_OrOnAPendingSplit_Throws()
    {
        var split = Approved(100_00, 3000, 7000);
        split.ReverseForRefund("TK1", 60_00, Now);

        Assert.Equal("退款金额须大于0且不超过拆单剩余金额40.00元", Assert.Throws<DomainException>(() => split.ReverseForRefund("TK2", 40_01, Now)).Message);
        Assert.Throws<DomainException>(() => split.ReverseForRefund("TK3", 0, Now));
        Assert.Contains("只有审批通过的拆单需要冲减", Assert.Throws<DomainException>(() => Split(100, 10_000).ReverseForRefund("TK1", 1, Now)).Message);
    }

    [Fact]
    public void SplitAndRefunds_ManyAmountsAndRatios_NeverLoseOrCreateMoney()
    {
        var random = new Random(7);
        for (var run = 0; run < 3_000; run++)
        {
            var received = random.NextInt64(1, run % 2 == 0 ? 500 : 9_999_999_999);
            var ratios = RatioAllocationTests.RandomRatios(random, random.Next(1, 21)).Select(r => (int)r).ToArray();
            var split = Approved(received, ratios);
            var lines = split.Lines.OrderBy(l => l.Sort).ToList();
            Assert.Equal(received, lines.Sum(l => l.AmountFen));

            // Refunds in random parts until everything is given back: every refund is covered exactly, no line ever
            // gives back more than it got, and at the end every line is empty.
            var refunds = 0;
            while (split.ReversedFen < received)
            {
                var left = received - split.ReversedFen;
                var refund = random.Next(4) == 0 ? left : random.NextInt64(1, left + 1);
                var reversals = split.ReverseForRefund($"TK{refunds++}", refund, Now);
                Assert.Equal(refund, reversals.Sum(r => r.AmountFen));
                Assert.All(lines, l => Assert.InRange(l.ReversedFen, 0, l.AmountFen));
            }

            Assert.All(lines, l => Assert.Equal(0, l.RemainingFen));
        }
    }

    [Fact]
    public void ReverseForRefund_FirstRefund_IsProportionalToTheRatios()
    {
        var random = new Random(11);
        for (var run = 0; run < 2_000; run++)
        {
            var received = random.NextInt64(1, 9_999_999_999);
            var ratios = RatioAllocationTests.RandomRatios(random, random.Next(1, 8)).Select(r => (int)r).ToArray();
            var split = Approved(received, ratios);
            var refund = random.NextInt64(1, received + 1);

            split.ReverseForRefund("TK", refund, Now);

            foreach (var line in split.Lines)
            {
                // Each line gives back its share of the refund by its amount, rounded down or up.
                var exact = (decimal)refund * line.AmountFen / received;
                Assert.InRange(line.ReversedFen, (long)Math.Floor(exact), (long)Math.Ceiling(exact));
            }
        }
    }
}
