using System.Text;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Security;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.RealName;

/// <summary>The SMS provider of the embedded default and tests: nothing leaves the machine; the last message per
/// mobile is kept 10 minutes so the sandbox pages can show it to the tester.</summary>
public sealed class SandboxSmsSender(IDistributedCache cache, IPersonalDataProtector protector, ILogger<SandboxSmsSender> log) : ISmsSender
{
    public async Task<SmsSendResult> SendAsync(string mobile, string templateKey, IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        var text = $"[{templateKey}] " + string.Join("，", parameters.Select(p => $"{p.Key}={p.Value}"));
        await cache.SetAsync(Key(mobile), Encoding.UTF8.GetBytes(text), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) }, ct);
        log.LogInformation("Sandbox SMS {Template} stored (not sent)", templateKey);
        return new SmsSendResult(true, false, null);
    }

    /// <summary>The last sandbox message to <paramref name="mobile"/>, e.g. "[realname-code] code=123456".</summary>
    public async Task<string?> LastMessageAsync(string mobile, CancellationToken ct) =>
        await cache.GetAsync(Key(mobile), ct) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    private string Key(string mobile) => "sandbox:sms:" + protector.LookupHash("sms:" + mobile.Trim());
}
