namespace CellCrm.Infrastructure.Redis;

/// <summary>The embedded default's lock (no Redis, one node): the same semantics as the Redis lock — a token per
/// holder, expiry, release only by the holder — within this process.</summary>
public sealed class InProcessDistributedLock(TimeProvider clock) : IDistributedLock
{
    private const int PruneThreshold = 1024;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(20);

    private readonly Dictionary<string, (Guid Token, DateTimeOffset ExpiresAt)> _held = [];

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, TimeSpan wait, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var token = TryTake(name, expiry);
            if (token is { } held)
            {
                return new Held(this, name, held);
            }

            if (clock.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(RetryDelay, ct);
        }
    }

    private Guid? TryTake(string name, TimeSpan expiry)
    {
        var now = clock.GetUtcNow();
        lock (_held)
        {
            if (_held.TryGetValue(name, out var current) && current.ExpiresAt > now)
            {
                return null;
            }

            if (_held.Count >= PruneThreshold)
            {
                // Locks that are never released on purpose (e.g. used OAuth codes) must not pile up.
                foreach (var expired in _held.Where(h => h.Value.ExpiresAt <= now).Select(h => h.Key).ToList())
                {
                    _held.Remove(expired);
                }
            }

            var token = Guid.NewGuid();
            _held[name] = (token, now + expiry);
            return token;
        }
    }

    private void Release(string name, Guid token)
    {
        lock (_held)
        {
            if (_held.TryGetValue(name, out var current) && current.Token == token)
            {
                _held.Remove(name);
            }
        }
    }

    private sealed class Held(InProcessDistributedLock owner, string name, Guid token) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            owner.Release(name, token);
            return ValueTask.CompletedTask;
        }
    }
}
