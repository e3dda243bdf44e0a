using System.Globalization;

namespace CellCrm.Domain.PaymentSplits;

public static class PaymentSplitLabels
{
    public static string Of(PaymentSplitStatus status) => status switch
    {
        PaymentSplitStatus.Pending => "待审批",
        PaymentSplitStatus.Approved => "已通过",
        PaymentSplitStatus.Rejected => "已驳回",
        PaymentSplitStatus.Withdrawn => "已撤回",
    };

    public static string Of(SplitSourceKind kind) => kind switch
    {
        SplitSourceKind.Online => "线上收款",
        SplitSourceKind.Offline => "线下收款",
    };

    /// <summary>5000 → "50%", 3333 → "33.33%".</summary>
    public static string Percent(int basisPoints) =>
        (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>"33.33" or "33.33%" → 3333; null unless a percentage in (0, 100] with at most two decimals.</summary>
    public static int? ParsePercent(string? text)
    {
        var trimmed = text?.Trim().TrimEnd('%').Trim();
        if (string.IsNullOrEmpty(trimmed)
            || !decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            || decimal.Round(percent, 2) != percent || percent <= 0 || percent > 100)
        {
            return null;
        }

        return (int)(percent * 100);
    }
}
