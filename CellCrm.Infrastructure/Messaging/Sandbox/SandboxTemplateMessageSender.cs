using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Messaging.Sandbox;

/// <summary>Stands in for WeChat when <c>WeChat:AppId</c> is not configured: records the message instead of sending
/// it, and like WeChat drops a repeat of the same openid + client_msg_id (answered as sent, listed once). Saved
/// through its own scope so it never commits the caller's pending changes.</summary>
public sealed class SandboxTemplateMessageSender(IServiceScopeFactory scopes, TimeProvider clock) : ITemplateMessageSender
{
    public const string Channel = "微信模板消息";

    public async Task<TemplateSendResult> SendAsync(TemplateMessage message, CancellationToken ct)
    {
        var content = string.Join("；", message.Fields.Where(f => f.Value.Length > 0).Select(f => $"{f.Key}: {f.Value}"));
        var key = $"wx:{message.OpenId}:{message.ClientMessageId}";
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CellCrmDbContext>();
        var record = new SandboxMessage(Channel, message.OpenId, message.TemplateKey, content, message.Url, clock.GetUtcNow(), key);
        db.SandboxMessages.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (SaveConflicts.IsDuplicate(e, SandboxMessage.RepeatMarkers))
        {
            var first = await db.SandboxMessages.AsNoTracking().Where(m => m.IdempotencyKey == key).Select(m => m.Id).SingleAsync(ct);
            return new TemplateSendResult(TemplateSendOutcome.Sent, "sandbox-" + first.ToString("N"), null);
        }

        return new TemplateSendResult(TemplateSendOutcome.Sent, "sandbox-" + record.Id.ToString("N"), null);
    }
}
