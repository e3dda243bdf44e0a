using CellCrm.Domain.Common;

namespace CellCrm.Testing;

/// <summary>The application's clock in tests: real time plus an offset the test moves forward ("three days later").</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public void Reset() => _offset = TimeSpan.Zero;

    /// <summary>Moves forward to the next <paramref name="timeOfDay"/> in China time, so that a test spanning minutes
    /// of a day (daily limits, "today") does not cross midnight in Beijing whatever the hour it runs at.</summary>
    public void AdvanceToChinaTime(TimeOnly timeOfDay)
    {
        var now = ChinaTime.ToChina(GetUtcNow());
        var target = new DateTimeOffset(now.Date + timeOfDay.ToTimeSpan(), now.Offset);
        _offset += (target > now ? target : target.AddDays(1)) - now;
    }
}
