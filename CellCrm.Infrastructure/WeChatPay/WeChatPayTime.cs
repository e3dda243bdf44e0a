using System.Globalization;
using CellCrm.Domain.Common;

namespace CellCrm.Infrastructure.WeChatPay;

/// <summary>WeChat Pay's times are RFC 3339 with the offset written out; we send China Standard Time
/// (e.g. 2026-11-22T18:30:00+08:00), never a bare local time.</summary>
public static class WeChatPayTime
{
    public static string Format(DateTimeOffset instant) =>
        ChinaTime.ToChina(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
