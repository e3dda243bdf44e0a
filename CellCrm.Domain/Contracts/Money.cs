using System.Globalization;

namespace CellCrm.Domain.Contracts;

/// <summary>Amounts are integer fen everywhere in the domain (no floating point); yuan exist only at the edges,
/// written and read with exactly two decimals.</summary>
public static class Money
{
    /// <summary>The largest amount accepted on one line or contract: 99,999,999.99 yuan.</summary>
    public const long MaxFen = 9_999_999_999;

    /// <summary>12345 → "123.45".</summary>
    public static string Yuan(long fen) =>
        (fen < 0 ? "-" : "") + (Math.Abs(fen) / 100).ToString("#,0", CultureInfo.InvariantCulture) + "." + (Math.Abs(fen) % 100).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>"123.45" → 12345; null when the text is not a non-negative amount with at most two decimals.</summary>
    public static long? ParseYuan(string? text)
    {
        var trimmed = text?.Trim().Replace(",", "", StringComparison.Ordinal).TrimStart('¥');
        if (string.IsNullOrEmpty(trimmed)
            || !decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || decimal.Round(yuan, 2) != yuan)
        {
            return null;
        }

        var fen = yuan * 100;
        return fen > MaxFen ? null : (long)fen;
    }
}
