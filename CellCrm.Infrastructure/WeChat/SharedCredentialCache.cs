using System.Text.Json;
using CellCrm.Infrastructure.Redis;
using Microsoft.Extensions.Caching.Distributed;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>A credential every node shares (access_token, jsapi_ticket): kept in the distributed cache with its
/// expiry and fetched under the distributed lock with a second look inside it, so that nodes asking at once fetch
/// it once and never replace each other's token (WECHAT.md A2, "multi-node pitfall").</summary>
public sealed class SharedCredentialCache(IDistributedCache cache, IDistributedLock locks, TimeProvider clock)
{
    /// <summary>Fetched again this long before it expires, so a call never goes out with a token about to lapse.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan LockExpiry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(20);

    /// <summary>The cached value while it is fresh; otherwise fetches it (<c>force</c> = false) once for all nodes.</summary>
    public async Task<string> GetAsync(string key, Func<bool, CancellationToken, Task<(string Value, int ExpiresIn)>> fetch, CancellationToken ct)
    {
        if (await ReadFreshAsync(key, ct) is { } cached)
        {
            return cached;
        }

        return await RefreshAsync(key, fetch, stale: null, ct);
    }

    /// <summary>WeChat refused <paramref name="stale"/>: fetches a new value (<c>force</c> = true) unless another
    /// node already replaced it, in which case that one is returned.</summary>
    public Task<string> ReplaceAsync(string key, string stale, Func<bool, CancellationToken, Task<(string Value, int ExpiresIn)>> fetch, CancellationToken ct) =>
        RefreshAsync(key, fetch, stale, ct);

    private async Task<string> RefreshAsync(string key, Func<bool, CancellationToken, Task<(string Value, int ExpiresIn)>> fetch, string? stale, CancellationToken ct)
    {
        await using var held = await locks.TryAcquireAsync(key, LockExpiry, LockWait, ct)
            ?? throw new TimeoutException($"Timed out waiting for the lock of {key}.");

        // Double-check: the holder before us may have fetched it already.
        if (await ReadFreshAsync(key, ct) is { } cached && cached != stale)
        {
            return cached;
        }

        var (value, expiresIn) = await fetch(stale is not null, ct);
        var expiresAt = clock.GetUtcNow().AddSeconds(expiresIn);
        await cache.SetStringAsync(key, JsonSerializer.Serialize(new Entry(value, expiresAt)),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(Math.Max(expiresIn, 1)) }, ct);
        return value;
    }

    private async Task<string?> ReadFreshAsync(string key, CancellationToken ct)
    {
        var json = await cache.GetStringAsync(key, ct);
        if (json is null)
        {
            return null;
        }

        var entry = JsonSerializer.Deserialize<Entry>(json);
        return entry is not null && entry.ExpiresAt - clock.GetUtcNow() > RefreshMargin ? entry.Value : null;
    }

    private sealed record Entry(string Value, DateTimeOffset ExpiresAt);
}
