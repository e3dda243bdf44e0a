using System.Text.RegularExpressions;
using CellCrm.Domain.Common;

namespace CellCrm.Domain.Payments;

/// <summary>Our order and refund numbers as WeChat Pay accepts them. WeChat Pay also allows <c>|</c>; CellCrm never
/// uses it, so that a number can be written into a delimited log or reference without escaping.</summary>
public static partial class PaymentNumbers
{
    public const int OutTradeNoMinLength = 6;
    public const int OutTradeNoMaxLength = 32;
    public const int OutRefundNoMaxLength = 64;

    public static string OutTradeNo(string? value)
    {
        if (value is null || !OutTradeNoPattern().IsMatch(value))
        {
            throw new DomainException("商户订单号应为6–32位字母、数字或 _ - * 字符", "OutTradeNo");
        }

        return value;
    }

    public static string OutRefundNo(string? value)
    {
        if (value is null || !OutRefundNoPattern().IsMatch(value))
        {
            throw new DomainException("退款单号应为1–64位字母、数字或 _ - * @ 字符", "OutRefundNo");
        }

        return value;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-*]{6,32}$")]
    private static partial Regex OutTradeNoPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_\-*@]{1,64}$")]
    private static partial Regex OutRefundNoPattern();
}
