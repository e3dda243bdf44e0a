namespace CellCrm.Domain.Common;

/// <summary>Business dates are China Standard Time (SPEC: Asia/Shanghai); instants are stored in UTC.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToChina(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => Today(clock.GetUtcNow());

    /// <summary>The China calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    public static string Format(DateTimeOffset? instant) =>
        instant is null ? "" : ToChina(instant.Value).ToString("yyyy-MM-dd HH:mm");
}
