using CellCrm.Domain.PaymentSplits;

namespace CellCrm.Domain.Tests.PaymentSplits;

public class RatioAllocationTests
{
    [Fact]
    public void Allocate_ThreeEqualThirdsOfOneYuan_GivesTheLeftoverFenToTheFirstLine()
    {
        // Equal fractions: the earlier line gets the fen.
        Assert.Equal([34L, 33, 33], RatioAllocation.Allocate(100, [1, 1, 1]));
        // 33.33 % / 33.33 % / 33.34 %: the last line's dropped fraction (0.34) is the largest.
        Assert.Equal([33L, 33, 34], RatioAllocation.Allocate(100, [3333, 3333, 3334]));
    }

    [Fact]
    public void Allocate_LargestDroppedFractionWins_NotThePosition()
    {
        // 1 fen at 30 % / 70 %: exact shares 0.3 and 0.7, the second line's fraction is larger.
        Assert.Equal([0L, 1], RatioAllocation.Allocate(1, [3000, 7000]));
        // 25,800.00 yuan at 50 % / 50 % (the manual's example).
        Assert.Equal([12_900_00L, 12_900_00], RatioAllocation.Allocate(25_800_00, [5000, 5000]));
    }

    [Fact]
    public void Allocate_ManyAmountsAndRatios_SumToTheAmount_AndEachPartIsItsShareRoundedDownOrUp()
    {
        var random = new Random(20261127);
        for (var run = 0; run < 20_000; run++)
        {
            var amount = run % 3 == 0 ? random.NextInt64(0, 1_000) : random.NextInt64(0, 9_999_999_999);
            var weights = RandomRatios(random, random.Next(1, 21));

            var parts = RatioAllocation.Allocate(amount, weights);

            Assert.Equal(amount, parts.Sum());
            for (var i = 0; i < parts.Length; i++)
            {
                var exact = (decimal)amount * weights[i] / 10_000m;
                Assert.InRange(parts[i], (long)Math.Floor(exact), (long)Math.Ceiling(exact));
            }
        }
    }

    [Fact]
    public void Allocate_IsDeterministic_ForTheSameInput()
    {
        long[] weights = [1234, 4321, 4445];
        Assert.Equal(RatioAllocation.Allocate(987_654_321, weights), RatioAllocation.Allocate(987_654_321, weights));
    }

    /// <summary>Between 1 and 20 positive ratios in 0.01 % that add up to exactly 100 %.</summary>
    internal static long[] RandomRatios(Random random, int count)
    {
        var cuts = Enumerable.Range(0, count - 1).Select(_ => random.Next(1, 10_000)).Distinct().Order().ToList();
        var bounds = new List<int> { 0 };
        bounds.AddRange(cuts);
        bounds.Add(10_000);
        return [.. bounds.Zip(bounds.Skip(1), (a, b) => (long)(b - a))];
    }
}
