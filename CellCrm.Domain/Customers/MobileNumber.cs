using System.Text.RegularExpressions;

namespace CellCrm.Domain.Customers;

/// <summary>Mainland China mobile numbers: 11 digits starting 13–19.</summary>
public static partial class MobileNumber
{
    public const int Length = 11;

    public static string Normalize(string? value) =>
        (value ?? "").Trim().Replace(" ", "").Replace("-", "");

    /// <summary>The error message for an invalid number, or null when it is valid.</summary>
    public static string? Validate(string? value)
    {
        var normalized = Normalize(value);
        if (normalized.Length == 0)
        {
            return "请填写手机号码";
        }

        return Pattern().IsMatch(normalized) ? null : "手机号码应为11位中国大陆手机号";
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Pattern();
}
