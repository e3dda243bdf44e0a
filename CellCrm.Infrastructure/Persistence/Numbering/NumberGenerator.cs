using CellCrm.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Persistence.Numbering;

/// <summary>Issues PREFIX + yyyyMM + 3-digit sequence (more digits past 999). Each number is taken in a unit of work
/// of its own: two nodes asking at once collide on the row's token or key and the loser retries, so a number is
/// never issued twice (a number taken by a save that later fails is simply skipped).</summary>
public sealed class NumberGenerator(IServiceScopeFactory scopes) : INumberGenerator
{
    private const int Attempts = 20;

    public async Task<string> NextAsync(string prefix, DateTimeOffset at, CancellationToken ct)
    {
        var period = ChinaTime.ToChina(at).ToString("yyyyMM");
        var key = prefix + period;
        for (var attempt = 1; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
            var row = await db.Set<NumberSequence>().FirstOrDefaultAsync(s => s.Key == key, ct);
            if (row is null)
            {
                row = new NumberSequence { Key = key, Last = 0 };
                db.Add(row);
            }

            row.Last++;
            try
            {
                await db.SaveChangesAsync(ct);
                return $"{key}{row.Last:000}";
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(5, 25) * attempt, ct);
            }
        }
    }
}
