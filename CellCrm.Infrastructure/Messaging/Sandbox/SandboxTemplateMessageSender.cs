using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Messaging.Sandbox;

/// <summary>Stands in for WeChat when <c>WeChat:AppId</c> is not configured: records the message instead of sending
/// it. Saved through its own scope so it never commits the caller's pending changes.</summary>
public sealed class SandboxTemplateMessageSender(IServiceScopeFactory scopes, TimeProvider clock) : ITemplateMessageSender
{
    public const string Channel = "微信模板消息";

    public async Task<TemplateSendResult> SendAsync(TemplateMessage message, CancellationToken ct)
    {
        var content = string.Join("；", message.Fields.Where(f => f.Value.Length > 0).Select(f => $"{f.Key}: {f.Value}"));
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
        var record = new SandboxMessage(Channel, message.OpenId, message.TemplateKey, content, message.Url, clock.GetUtcNow());
        db.SandboxMessages.Add(record);
        await db.SaveChangesAsync(ct);
        return new TemplateSendResult(TemplateSendOutcome.Sent, "sandbox-" + record.Id.ToString("N"), null);
    }
}
