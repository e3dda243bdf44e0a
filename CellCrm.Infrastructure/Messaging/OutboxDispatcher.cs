using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Messaging;

/// <summary>Delivers claimed outbox messages: WeChat template message first; SMS plus the portal inbox when the
/// customer has no openid or cannot receive it; retries with backoff on transient failures.
/// A claimed batch goes out in waves of <see cref="OutboxOptions.SendParallelism"/> sends at once. Before a wave
/// is sent its messages are marked 发送中 (<see cref="OutboxMessage.BeginSending"/>) and saved together with the
/// previous wave's answers, in one round trip; every save checks the messages' versions, so a run whose lease ran out
/// and whose messages another run claimed saves nothing for them and sends nothing more. A run that dies leaves
/// 发送中 on the wave in flight: the run that claims those next sends them again under the same client_msg_id,
/// which the provider drops if the first send arrived.</summary>
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
    private static readonly string[] InboxRace = ["PortalMessages_OutboxMessageId", "PortalMessages.OutboxMessageId"];

    /// <summary>Messages of the current batch that another run changed: this run leaves them alone.</summary>
    private readonly HashSet<Guid> _abandoned = [];

    private OutboxOptions Options => options.Value;

    public async Task DeliverAsync(Guid messageId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await DeliverClaimedAsync(await claims.ClaimAsync(messageId, 1, Options.Lease, ct), ct);
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

            await DeliverClaimedAsync(claimed, ct);
            handled += claimed.Count;
        }

        return handled;
    }

    private async Task DeliverClaimedAsync(List<OutboxMessage> claimed, CancellationToken ct)
    {
        if (claimed.Count == 0)
        {
            return;
        }

        _abandoned.Clear();
        var customerIds = claimed.Select(m => m.CustomerId).Distinct().ToList();
        var recipients = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new Recipient(c.Id, c.WeChatOpenId, c.Mobile)).ToDictionaryAsync(r => r.CustomerId, ct);

        // Outcomes that need no provider call; they are saved with the first wave's 发送中 marks (or at the end).
        var now = clock.GetUtcNow();
        foreach (var message in claimed)
        {
            if (!recipients.ContainsKey(message.CustomerId))
            {
                message.Fail("客户不存在", now);
            }
            else if (message.Channel == OutboxChannel.Template && recipients[message.CustomerId].OpenId is null)
            {
                FallBack(message, "客户未绑定微信");
            }
            else if (message.Channel == OutboxChannel.PortalInbox)
            {
                AddToInbox(message);
                message.MarkSent(null, now);
            }
        }

        await SendInWavesAsync(Waiting(claimed, OutboxChannel.Template),
            (m, c) => SendTemplateAsync(m, recipients[m.CustomerId].OpenId!, c), ct);
        // Fallbacks decided by the template answers are saved with the SMS wave's marks, before any SMS goes out:
        // a crash afterwards resumes with the SMS, never with the template again.
        await SendInWavesAsync(Waiting(claimed, OutboxChannel.Sms),
            (m, c) => SendSmsAsync(m, recipients[m.CustomerId].Mobile, c), ct);
        await SaveAsync(ct);

        foreach (var message in claimed.Where(m => !_abandoned.Contains(m.Id) && m.State == OutboxState.Queued && m.ClaimedBy is null))
        {
            signal.RetryAt(message.Id, message.NextAttemptAt);
        }
    }

    private List<OutboxMessage> Waiting(List<OutboxMessage> claimed, OutboxChannel channel) =>
        claimed.Where(m => !_abandoned.Contains(m.Id) && m.State == OutboxState.Queued && m.ClaimedBy is not null && m.Channel == channel).ToList();

    /// <summary>Marks each wave 发送中 and saves (with whatever the previous wave decided), calls the provider for the
    /// messages still held, then applies the answers through the message's own methods.</summary>
    private async Task SendInWavesAsync(List<OutboxMessage> messages, Func<OutboxMessage, CancellationToken, Task<Action<DateTimeOffset>>> send, CancellationToken ct)
    {
        foreach (var wave in messages.Chunk(Math.Max(1, Options.SendParallelism)))
        {
            var now = clock.GetUtcNow();
            var going = new List<OutboxMessage>(wave.Length);
            foreach (var message in wave)
            {
                if (!StillHeld(message, now))
                {
                    continue;
                }

                if (message.BeginSending(now))
                {
                    logger.LogWarning("Outbox message {MessageId}: an earlier send was interrupted; sending again under the same client id", message.Id);
                }

                going.Add(message);
            }

            await SaveAsync(ct);
            going.RemoveAll(m => _abandoned.Contains(m.Id));
            var outcomes = await Task.WhenAll(going.Select(m => send(m, ct)));
            var answeredAt = clock.GetUtcNow();
            foreach (var apply in outcomes)
            {
                apply(answeredAt);
            }
        }
    }

    private async Task<Action<DateTimeOffset>> SendTemplateAsync(OutboxMessage message, string openId, CancellationToken ct)
    {
        TemplateSendResult result;
        try
        {
            result = await templates.SendAsync(new TemplateMessage(openId, message.TemplateKey, message.Fields, AbsoluteUrl(message.Url), message.ClientMessageId), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Template message {MessageId} failed with an exception", message.Id);
            result = new TemplateSendResult(TemplateSendOutcome.TransientFailure, null, "微信接口调用异常");
        }

        return now =>
        {
            switch (result.Outcome)
            {
                case TemplateSendOutcome.Sent:
                    message.MarkSent(result.ProviderMessageId, now);
                    break;
                case TemplateSendOutcome.TransientFailure:
                    message.RetryLater(result.Error ?? "微信暂时不可用", now, Options.MaxAttempts, Options.BaseDelay);
                    break;
                case TemplateSendOutcome.PermanentFailure:
                    message.Fail(result.Error ?? "模板消息无法发送", now);
                    break;
                case TemplateSendOutcome.RecipientUnreachable:
                    FallBack(message, result.Error ?? "客户无法接收微信消息");
                    break;
            }
        };
    }

    private async Task<Action<DateTimeOffset>> SendSmsAsync(OutboxMessage message, string mobile, CancellationToken ct)
    {
        var parameters = new Dictionary<string, string>(message.Fields) { ["url"] = AbsoluteUrl(message.Url) ?? "" };
        SmsSendResult result;
        try
        {
            result = await sms.SendAsync(mobile, message.TemplateKey, parameters, message.ClientMessageId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "SMS for outbox message {MessageId} failed with an exception", message.Id);
            result = new SmsSendResult(false, true, "短信接口调用异常");
        }

        return now =>
        {
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
        };
    }

    /// <summary>The customer cannot receive template messages: the notice goes by SMS and to the portal inbox.</summary>
    private void FallBack(OutboxMessage message, string reason)
    {
        message.FallBackToSms(reason, clock.GetUtcNow());
        AddToInbox(message);
    }

    private void AddToInbox(OutboxMessage message)
    {
        var due = message.Fields.GetValueOrDefault(TemplateFields.Due);
        var body = string.IsNullOrEmpty(due) ? message.Title : $"{message.Title}，请于{due}前完成";
        db.PortalMessages.Add(new PortalMessage(message, body, clock.GetUtcNow()));
    }

    private bool StillHeld(OutboxMessage message, DateTimeOffset now)
    {
        if (message.ClaimedUntil > now)
        {
            return true;
        }

        logger.LogWarning("Outbox message {MessageId}: claim expired before sending, left for the next sweep", message.Id);
        _abandoned.Add(message.Id);
        return false;
    }

    /// <summary>Saves every pending change of the batch in one round trip. A message another run changed meanwhile
    /// (its version moved on) is abandoned by this run with its pending inbox entry, and the rest saved again; on a
    /// lock conflict everything pending is abandoned (its claim runs out and the next run resends under the same id).</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (e.Entries.Any(x => x.Entity is OutboxMessage))
            {
                foreach (var message in e.Entries.Select(x => x.Entity).OfType<OutboxMessage>())
                {
                    logger.LogWarning("Outbox message {MessageId} was changed by another delivery run; this run leaves it", message.Id);
                    Abandon(message);
                }
            }
            catch (Exception e) when (SaveConflicts.IsConflict(e, InboxRace))
            {
                logger.LogWarning(e, "Outbox batch save conflicted; its messages are left for the next run");
                foreach (var message in db.ChangeTracker.Entries<OutboxMessage>().Where(x => x.State != EntityState.Unchanged).Select(x => x.Entity).ToList())
                {
                    Abandon(message);
                }

                foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State != EntityState.Unchanged).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                return;
            }
        }
    }

    private void Abandon(OutboxMessage message)
    {
        _abandoned.Add(message.Id);
        db.Entry(message).State = EntityState.Detached;
        foreach (var inbox in db.ChangeTracker.Entries<PortalMessage>().Where(x => x.State == EntityState.Added && x.Entity.OutboxMessageId == message.Id).ToList())
        {
            inbox.State = EntityState.Detached;
        }
    }

    private string? AbsoluteUrl(string? path) =>
        path is null || Options.PortalBaseUrl.Length == 0 ? path : Options.PortalBaseUrl.TrimEnd('/') + path;

    private sealed record Recipient(Guid CustomerId, string? OpenId, string Mobile);
}
