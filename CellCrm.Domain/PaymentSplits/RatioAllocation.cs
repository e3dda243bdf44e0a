namespace CellCrm.Domain.PaymentSplits;

/// <summary>Splits an amount in fen by weights so that the parts always add up to the amount (回款拆单, seed 000 §5.4).
/// Rule (largest remainder): each part first gets the rounded-down share amount × weight ÷ total weight; the fen left
/// over go one each to the parts with the largest dropped fractions, and between equal fractions to the earlier part.
/// A part is therefore its exact share rounded down or up, never further off.</summary>
public static class RatioAllocation
{
    public static long[] Allocate(long amountFen, IReadOnlyList<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountFen);
        if (weights.Count == 0 || weights.Any(w => w < 0))
        {
            throw new ArgumentException("Weights must be non-negative and at least one.", nameof(weights));
        }

        var total = weights.Sum();
        if (total == 0)
        {
            throw new ArgumentException("Weights must not all be zero.", nameof(weights));
        }

        var parts = new long[weights.Count];
        var remainders = new (Int128 Fraction, int Index)[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            // Int128: fen up to 10^10 times weights up to the amount itself would overflow a long.
            var product = (Int128)amountFen * weights[i];
            parts[i] = (long)(product / total);
            remainders[i] = (product % total, i);
            given += parts[i];
        }

        var left = amountFen - given;
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Fraction).ThenBy(r => r.Index).Take((int)left))
        {
            parts[index]++;
        }

        return parts;
    }
}
