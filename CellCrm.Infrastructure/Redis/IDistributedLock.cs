namespace CellCrm.Infrastructure.Redis;

/// <summary>A named lock held by one holder across every node (Redis), or within this process when Redis is not
/// configured (the embedded default runs a single node). A lock expires by itself, so a crashed holder never
/// blocks the others for longer than <c>expiry</c>.</summary>
public interface IDistributedLock
{
    /// <summary>Tries to take the lock for up to <paramref name="wait"/> (<see cref="TimeSpan.Zero"/>: one try).
    /// Returns the held lock, to be disposed to release it, or null when another holder kept it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, TimeSpan wait, CancellationToken ct);
}
