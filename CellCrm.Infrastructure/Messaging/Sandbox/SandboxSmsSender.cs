using System.Text;
using CellCrm.Domain.Common;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Messaging.Sandbox;

/// <summary>Stands in for the SMS provider when <c>Sms:Provider</c> is not configured: every message is listed on the
/// back office's 沙箱消息 page (mobile masked), and the last one per mobile is kept for ten minutes in the shared cache
/// so the sandbox real-name page can show the tester the code "sent". A repeat of an idempotency key is answered as
/// sent and not listed again.</summary>
public sealed class SandboxSmsSender(IServiceScopeFactory scopes, IDistributedCache cache, IPersonalDataProtector protector, TimeProvider clock) : ISmsSender
{
    public const string Channel = "短信";

    public async Task<SmsSendResult> SendAsync(string mobile, string templateKey, IReadOnlyDictionary<string, string> parameters, string? idempotencyKey, CancellationToken ct)
    {
        var content = string.Join("；", parameters.Where(p => p.Key != "url" && p.Value.Length > 0).Select(p => $"{p.Key}: {p.Value}"));
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
            db.SandboxMessages.Add(new SandboxMessage(Channel, Masking.Mobile(mobile), templateKey, content,
                parameters.GetValueOrDefault("url"), clock.GetUtcNow(), idempotencyKey is null ? null : "sms:" + idempotencyKey));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (SaveConflicts.IsDuplicate(e, SandboxMessage.RepeatMarkers))
            {
                return new SmsSendResult(true, false, null);
            }
        }

        var text = $"[{templateKey}] " + string.Join("，", parameters.Select(p => $"{p.Key}={p.Value}"));
        await cache.SetAsync(Key(mobile), Encoding.UTF8.GetBytes(text),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) }, ct);
        return new SmsSendResult(true, false, null);
    }

    /// <summary>The last sandbox message to <paramref name="mobile"/>, e.g. "[realname-code] code=123456".</summary>
    public async Task<string?> LastMessageAsync(string mobile, CancellationToken ct) =>
        await cache.GetAsync(Key(mobile), ct) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    private string Key(string mobile) => "sandbox:sms:" + protector.LookupHash("sms:" + mobile.Trim());
}
