using Microsoft.Extensions.Caching.Distributed;

namespace CellCrm.Infrastructure.AccessScopes;

/// <summary>The generation stamp of every cached <see cref="StaffAccess"/>, in the distributed cache that all nodes
/// of both apps share. Each committed change to what access depends on writes a new, never reused stamp; cached
/// entries are keyed with the stamp, so the next request on any node reads the database again. An entry is only
/// ever filled from data read after its stamp was written, which keeps it no older than the last change.</summary>
public sealed class AccessGeneration(IDistributedCache cache)
{
    private const string Key = "access-scope:generation";

    public async Task<string> CurrentAsync(CancellationToken ct)
    {
        var current = await cache.GetStringAsync(Key, ct);
        if (current is not null)
        {
            return current;
        }

        // Missing (a fresh or flushed Redis): start a new generation rather than trust any older entry.
        return await BumpAsync(ct);
    }

    public async Task<string> BumpAsync(CancellationToken ct = default)
    {
        var next = Guid.CreateVersion7().ToString("N");
        await cache.SetStringAsync(Key, next, ct);
        return next;
    }

    public void Bump()
    {
        cache.SetString(Key, Guid.CreateVersion7().ToString("N"));
    }
}
