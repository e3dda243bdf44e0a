using System.Text.Json;
using CellCrm.Infrastructure.Persistence;
using Microsoft.Extensions.Caching.Distributed;

namespace CellCrm.Infrastructure.AccessScopes;

/// <summary>The signed-in staff member's <see cref="StaffAccess"/>, read once per request: from the distributed
/// cache under the current <see cref="AccessGeneration"/> (two Redis reads), else from the database (four
/// statements) and stored for the next request on any node.</summary>
public sealed class StaffAccessCache(IDistributedCache cache, AccessGeneration generation, AccessScopeResolver resolver)
{
    /// <summary>Entries of old generations are never read again; this only bounds how long they take space.</summary>
    public static readonly TimeSpan EntryLifetime = TimeSpan.FromMinutes(10);

    private readonly Dictionary<Guid, StaffAccess> _loaded = [];

    public async Task<StaffAccess> GetAsync(Guid staffId, CancellationToken ct)
    {
        if (_loaded.TryGetValue(staffId, out var known))
        {
            return known;
        }

        var key = $"access-scope:{await generation.CurrentAsync(ct)}:{staffId:N}";
        var cached = await cache.GetAsync(key, ct);
        var access = cached is null ? null : JsonSerializer.Deserialize<StaffAccess>(cached);
        if (access is null)
        {
            access = await resolver.LoadAsync(staffId, ct);
            await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(access),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = EntryLifetime }, ct);
        }

        _loaded[staffId] = access;
        return access;
    }
}
