using System.Text.RegularExpressions;
using CellCrm.Domain.Common;

namespace CellCrm.Domain.Refunds;

/// <summary>The account the refund is paid into (户名, 开户行, 账号). Personal data: stored encrypted, shown masked in
/// lists.</summary>
public sealed partial record RefundAccount
{
    public const int HolderNameMaxLength = 50;
    public const int BankNameMaxLength = 60;
    public const int NumberMaxLength = 30;

    public RefundAccount(string? holderName, string? bankName, string? number)
    {
        HolderName = Guard.Required(holderName, "户名", HolderNameMaxLength, nameof(HolderName));
        BankName = Guard.Required(bankName, "开户行", BankNameMaxLength, nameof(BankName));
        var digits = Guard.Required(number, "账号", NumberMaxLength, nameof(Number)).Replace(" ", "", StringComparison.Ordinal);
        if (!AccountNumber().IsMatch(digits))
        {
            throw new DomainException("账号应为8–30位数字", nameof(Number));
        }

        Number = digits;
    }

    public string HolderName { get; }

    public string BankName { get; }

    public string Number { get; }

    /// <summary>6222 0212 3456 7890 → 6222********7890.</summary>
    public static string Mask(string? number) =>
        string.IsNullOrEmpty(number) ? "" : number.Length <= 8 ? new string('*', number.Length) : number[..4] + new string('*', number.Length - 8) + number[^4..];

    [GeneratedRegex(@"^[0-9]{8,30}$")]
    private static partial Regex AccountNumber();
}
