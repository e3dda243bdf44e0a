using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Messaging;

/// <summary>Delivers claimed outbox messages: WeChat template message first; SMS plus the portal inbox when the
/// customer has no openid or cannot receive it; retries with backoff on transient failures. Every outcome is saved
/// with the message's version check before anything else happens to it.</summary>
public sealed class OutboxDispatcher(
    CellCrmDbContext db,
    OutboxClaims claims,
    ITemplateMessageSender templates,
    ISmsSender sms,
    IOutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private OutboxOptions Options => options.Value;

    public async Task DeliverAsync(Guid messageId, CancellationToken ct)
    {
        foreach (var message in await claims.ClaimAsync(messageId, 1, Options.Lease, ct))
        {
            await ProcessAsync(message, ct);
        }
    }

    /// <summary>Claims and delivers batches until nothing is due; returns how many messages it handled.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var handled = 0;
        for (var batch = 0; batch < Options.MaxBatchesPerSweep; batch++)
        {
            db.ChangeTracker.Clear();
            var claimed = await claims.ClaimAsync(null, Options.BatchSize, Options.Lease, ct);
            if (claimed.Count == 0)
            {
                break;
            }

            foreach (var message in claimed)
            {
                await ProcessAsync(message, ct);
                handled++;
            }
        }

        return handled;
    }

    private async Task ProcessAsync(OutboxMessage message, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == message.CustomerId)
            .Select(c => new { c.WeChatOpenId, c.Mobile, c.Name }).FirstOrDefaultAsync(ct);
        if (customer is null)
        {
            message.Fail("客户不存在", clock.GetUtcNow());
            await SaveAsync(message, ct);
            return;
        }

        if (message.Channel == OutboxChannel.Template)
        {
            if (customer.WeChatOpenId is null)
            {
                if (!await FallBackAsync(message, "客户未绑定微信", ct))
                {
                    return;
                }
            }
            else if (!await SendTemplateAsync(message, customer.WeChatOpenId, ct))
            {
                return;
            }
        }

        switch (message.Channel)
        {
            case OutboxChannel.Sms:
                await SendSmsAsync(message, customer.Mobile, ct);
                break;
            case OutboxChannel.PortalInbox:
                AddToInbox(message);
                message.MarkSent(null, clock.GetUtcNow());
                await SaveAsync(message, ct);
                break;
            case OutboxChannel.Template:
                break;
        }
    }

    /// <summary>Returns true when the message moved on to SMS and should be sent that way now.</summary>
    private async Task<bool> SendTemplateAsync(OutboxMessage message, string openId, CancellationToken ct)
    {
        if (!StillHeld(message))
        {
            return false;
        }

        TemplateSendResult result;
        try
        {
            result = await templates.SendAsync(new TemplateMessage(openId, message.TemplateKey, message.Fields, AbsoluteUrl(message.Url)), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Template message {MessageId} failed with an exception", message.Id);
            result = new TemplateSendResult(TemplateSendOutcome.TransientFailure, null, "微信接口调用异常");
        }

        var now = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case TemplateSendOutcome.Sent:
                message.MarkSent(result.ProviderMessageId, now);
                await SaveAsync(message, ct);
                return false;
            case TemplateSendOutcome.TransientFailure:
                message.RetryLater(result.Error ?? "微信暂时不可用", now, Options.MaxAttempts, Options.BaseDelay);
                await SaveAsync(message, ct);
                return false;
            case TemplateSendOutcome.PermanentFailure:
                message.Fail(result.Error ?? "模板消息无法发送", now);
                await SaveAsync(message, ct);
                return false;
            case TemplateSendOutcome.RecipientUnreachable:
                return await FallBackAsync(message, result.Error ?? "客户无法接收微信消息", ct);
        }

        return false;
    }

    /// <summary>Saves the switch to SMS together with the inbox entry before the SMS goes out: a crash afterwards
    /// resumes with the SMS, never with the template again.</summary>
    private async Task<bool> FallBackAsync(OutboxMessage message, string reason, CancellationToken ct)
    {
        message.FallBackToSms(reason, clock.GetUtcNow());
        AddToInbox(message);
        return await SaveAsync(message, ct);
    }

    private async Task SendSmsAsync(OutboxMessage message, string mobile, CancellationToken ct)
    {
        if (!StillHeld(message))
        {
            return;
        }

        var parameters = new Dictionary<string, string>(message.Fields) { ["url"] = AbsoluteUrl(message.Url) ?? "" };
        SmsSendResult result;
        try
        {
            result = await sms.SendAsync(mobile, message.TemplateKey, parameters, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "SMS for outbox message {MessageId} failed with an exception", message.Id);
            result = new SmsSendResult(false, true, "短信接口调用异常");
        }

        var now = clock.GetUtcNow();
        if (result.Succeeded)
        {
            message.MarkSent(null, now);
        }
        else if (result.Transient)
        {
            message.RetryLater($"短信发送失败：{result.Error}", now, Options.MaxAttempts, Options.BaseDelay);
        }
        else
        {
            message.Fail($"短信发送失败：{result.Error}", now);
        }

        await SaveAsync(message, ct);
    }

    private void AddToInbox(OutboxMessage message)
    {
        var due = message.Fields.GetValueOrDefault(TemplateFields.Due);
        var body = string.IsNullOrEmpty(due) ? message.Title : $"{message.Title}，请于{due}前完成";
        db.PortalMessages.Add(new PortalMessage(message, body, clock.GetUtcNow()));
    }

    private bool StillHeld(OutboxMessage message)
    {
        if (message.ClaimedUntil > clock.GetUtcNow())
        {
            return true;
        }

        logger.LogWarning("Outbox message {MessageId}: claim expired before sending, left for the next sweep", message.Id);
        return false;
    }

    /// <summary>Saves the message's new state; false when another run changed it meanwhile (nothing is saved then).</summary>
    private async Task<bool> SaveAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (SaveConflicts.IsConflict(e, "PortalMessages_OutboxMessageId", "PortalMessages.OutboxMessageId"))
        {
            logger.LogWarning("Outbox message {MessageId} was changed by another delivery run; this run leaves it", message.Id);
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State != EntityState.Unchanged).ToList())
            {
                entry.State = EntityState.Detached;
            }

            return false;
        }

        if (message.State == OutboxState.Queued && message.ClaimedBy is null)
        {
            signal.RetryAt(message.Id, message.NextAttemptAt);
        }

        return true;
    }

    private string? AbsoluteUrl(string? path) =>
        path is null || Options.PortalBaseUrl.Length == 0 ? path : Options.PortalBaseUrl.TrimEnd('/') + path;
}
