using System.Globalization;
using System.Text.RegularExpressions;

namespace CellCrm.Domain.Customers;

/// <summary>Formats and check digits of identity documents. Mainland ID cards follow GB 11643-1999.</summary>
public static partial class IdDocument
{
    public const int MaxLength = 20;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string DisplayName(IdDocumentType type) => type switch
    {
        IdDocumentType.MainlandIdCard => "居民身份证",
        IdDocumentType.HongKongMacauPermit => "港澳居民来往内地通行证",
        IdDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        IdDocumentType.Passport => "护照",
        IdDocumentType.ForeignPermanentResidentCard => "外国人永久居留身份证",
    };

    public static string Normalize(string? number) => (number ?? "").Trim().Replace(" ", "").ToUpperInvariant();

    /// <summary>The error message for an invalid number, or null when it is valid.</summary>
    public static string? Validate(IdDocumentType type, string? number)
    {
        var n = Normalize(number);
        if (n.Length == 0)
        {
            return "请填写证件号码";
        }

        return type switch
        {
            IdDocumentType.MainlandIdCard => ValidateMainland(n),
            IdDocumentType.HongKongMacauPermit => HongKongMacau().IsMatch(n) ? null : "港澳居民来往内地通行证号码应为H或M开头加8位或10位数字",
            IdDocumentType.TaiwanPermit => Taiwan().IsMatch(n) ? null : "台湾居民来往大陆通行证号码应为8位或10位数字",
            IdDocumentType.Passport => Passport().IsMatch(n) ? null : "护照号码应为5至17位字母或数字",
            IdDocumentType.ForeignPermanentResidentCard => ForeignOld().IsMatch(n) || (n.Length == 18 && n[0] == '9' && ValidateMainland(n) is null)
                ? null
                : "外国人永久居留身份证号码格式不正确",
        };
    }

    /// <summary>Birth date encoded in an 18-digit mainland (or new foreign permanent resident) number.</summary>
    public static DateOnly? BirthDate(IdDocumentType type, string? number)
    {
        var n = Normalize(number);
        if (type != IdDocumentType.MainlandIdCard || n.Length != 18)
        {
            return null;
        }

        return DateOnly.TryParseExact(n.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>The GB 11643 check character for the first 17 digits of a mainland ID number.</summary>
    public static char MainlandCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("17 digits expected", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static string? ValidateMainland(string n)
    {
        if (!Mainland().IsMatch(n))
        {
            return "居民身份证号码应为18位，前17位为数字，最后一位为数字或X";
        }

        if (!DateOnly.TryParseExact(n.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)))
        {
            return "居民身份证号码中的出生日期无效";
        }

        return MainlandCheckCharacter(n.AsSpan(0, 17)) == n[17] ? null : "居民身份证号码校验位不正确，请核对";
    }

    [GeneratedRegex(@"^[1-9]\d{16}[\dX]$")]
    private static partial Regex Mainland();

    [GeneratedRegex(@"^[HM]\d{8}(\d{2})?$")]
    private static partial Regex HongKongMacau();

    [GeneratedRegex(@"^\d{8}(\d{2})?$")]
    private static partial Regex Taiwan();

    [GeneratedRegex(@"^[A-Z0-9]{5,17}$")]
    private static partial Regex Passport();

    [GeneratedRegex(@"^[A-Z]{3}\d{12}$")]
    private static partial Regex ForeignOld();
}
