using System.Security.Cryptography;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Redis;

/// <summary>SET key token NX PX: the holder's random token is the value, and release deletes the key only while it
/// still holds that token (a Lua script, so check and delete are one step), never a lock that expired and was
/// taken by someone else.</summary>
public sealed class RedisDistributedLock(IConnectionMultiplexer redis, string keyPrefix, TimeProvider clock) : IDistributedLock
{
    private const string ReleaseScript =
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, TimeSpan wait, CancellationToken ct)
    {
        var key = (RedisKey)(keyPrefix + "lock:" + name);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var db = redis.GetDatabase();
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            if (await db.StringSetAsync(key, token, expiry, When.NotExists))
            {
                return new Held(db, key, token);
            }

            if (clock.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(RetryDelay, ct);
        }
    }

    private sealed class Held(IDatabase db, RedisKey key, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.ScriptEvaluateAsync(ReleaseScript, [key], [token]);
    }
}
