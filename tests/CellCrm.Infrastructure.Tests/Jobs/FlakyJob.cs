using Hangfire;

namespace CellCrm.Infrastructure.Tests.Jobs;

/// <summary>Fails its first <c>failures</c> runs, then succeeds; counts attempts per key.</summary>
public sealed class FlakyJob
{
    private static readonly Dictionary<string, int> Attempts = [];

    public static int AttemptsOf(string key)
    {
        lock (Attempts)
        {
            return Attempts.GetValueOrDefault(key);
        }
    }

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [1], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public void Run(string key, int failures)
    {
        int attempt;
        lock (Attempts)
        {
            attempt = Attempts[key] = Attempts.GetValueOrDefault(key) + 1;
        }

        if (attempt <= failures)
        {
            throw new InvalidOperationException($"attempt {attempt} fails on purpose");
        }
    }
}
