namespace CellCrm.Domain.Invoices;

/// <summary>纳税人识别号 of a company: the 18-character unified social credit code (统一社会信用代码, GB 32100-2015),
/// checked by its check character. Letters I, O, S, V and Z are not used by the code.</summary>
public static class CreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code in upper case without spaces, or null when it is not a valid code.</summary>
    public static string? Normalize(string? text)
    {
        var code = text?.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (code is null || code.Length != Length || code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = (31 - sum % 31) % 31;
        return Alphabet[check] == code[Length - 1] ? code : null;
    }
}
