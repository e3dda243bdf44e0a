using System.Text.Json;
using CellCrm.Domain.RealName;
using Microsoft.Extensions.Caching.Distributed;

namespace CellCrm.Infrastructure.RealName;

/// <summary>The face-verification provider of the embedded default and tests: its "provider page" is the portal's
/// sandbox page, where the tester chooses 通过 or 不通过 (<see cref="DecideAsync"/>).</summary>
public sealed class SandboxFaceVerifier(IDistributedCache cache, TimeProvider clock) : IFaceVerifier
{
    public const string ProviderName = "sandbox";
    public const string PagePath = "/Sandbox/Face";

    public async Task<FaceCheckStart> BeginAsync(FaceSubject subject, string returnUrl, CancellationToken ct)
    {
        var requestId = "sbx-" + Guid.CreateVersion7().ToString("N");
        await StoreAsync(requestId, new SandboxFaceState(subject.Name, returnUrl, null, null, null), ct);
        return new FaceCheckStart(requestId, $"{PagePath}?requestId={requestId}");
    }

    public async Task<FaceEvidence?> GetResultAsync(string requestId, CancellationToken ct) =>
        await LoadAsync(requestId, ct) is { Passed: { } passed } state
            ? new FaceEvidence(ProviderName, requestId, passed, state.Score, state.CheckedAt!.Value)
            : null;

    /// <summary>The pending check, for the sandbox page; null when unknown or expired.</summary>
    public Task<SandboxFaceState?> FindAsync(string requestId, CancellationToken ct) => LoadAsync(requestId, ct);

    /// <summary>The tester's choice; returns the URL to send the browser back to.</summary>
    public async Task<string?> DecideAsync(string requestId, bool passed, CancellationToken ct)
    {
        if (await LoadAsync(requestId, ct) is not { } state)
        {
            return null;
        }

        await StoreAsync(requestId, state with { Passed = passed, Score = passed ? 96.50m : 31.20m, CheckedAt = clock.GetUtcNow() }, ct);
        return state.ReturnUrl;
    }

    private async Task<SandboxFaceState?> LoadAsync(string requestId, CancellationToken ct) =>
        await cache.GetAsync("sandbox:face:" + requestId, ct) is { } bytes ? JsonSerializer.Deserialize<SandboxFaceState>(bytes) : null;

    private Task StoreAsync(string requestId, SandboxFaceState state, CancellationToken ct) =>
        cache.SetAsync("sandbox:face:" + requestId, JsonSerializer.SerializeToUtf8Bytes(state),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) }, ct);
}

public sealed record SandboxFaceState(string Name, string ReturnUrl, bool? Passed, decimal? Score, DateTimeOffset? CheckedAt);
