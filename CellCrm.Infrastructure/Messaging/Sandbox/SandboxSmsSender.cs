using CellCrm.Domain.Common;
using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Messaging.Sandbox;

/// <summary>Stands in for the SMS provider when <c>Sms:Provider</c> is not configured; the mobile is kept masked.</summary>
public sealed class SandboxSmsSender(IServiceScopeFactory scopes, TimeProvider clock) : ISmsSender
{
    public const string Channel = "短信";

    public async Task<SmsSendResult> SendAsync(string mobile, string templateKey, IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        var content = string.Join("；", parameters.Where(p => p.Key != "url" && p.Value.Length > 0).Select(p => $"{p.Key}: {p.Value}"));
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
        db.SandboxMessages.Add(new SandboxMessage(Channel, Masking.Mobile(mobile), templateKey, content,
            parameters.GetValueOrDefault("url"), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return new SmsSendResult(true, false, null);
    }
}
