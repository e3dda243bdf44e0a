namespace CellCrm.Domain.Common;

/// <summary>Business dates are China Standard Time (SPEC: Asia/Shanghai); instants are stored in UTC.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToChina(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToChina(clock.GetUtcNow()).DateTime);

    public static string Format(DateTimeOffset? instant) =>
        instant is null ? "" : ToChina(instant.Value).ToString("yyyy-MM-dd HH:mm");
}
