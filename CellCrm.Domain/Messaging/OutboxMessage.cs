using CellCrm.Domain.Common;

namespace CellCrm.Domain.Messaging;

/// <summary>A message to one customer, stored in the same transaction as the change that caused it and delivered
/// afterwards by a background worker: none lost, none sent twice (issue 4). <see cref="AggregateRoot.Version"/>
/// guards every state change, so two nodes cannot both record a delivery.</summary>
public class OutboxMessage : AggregateRoot, IUnaudited
{
    public const int TemplateKeyMaxLength = 50;
    public const int TitleMaxLength = 100;
    public const int UrlMaxLength = 300;
    public const int ErrorMaxLength = 500;
    public const int IdempotencyKeyMaxLength = 100;
    public const int ProviderMessageIdMaxLength = 64;
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    private OutboxMessage()
    {
        TemplateKey = "";
        Title = "";
        IdempotencyKey = "";
        Fields = new Dictionary<string, string>();
    }

    public OutboxMessage(Guid customerId, Guid? taskId, OutboxChannel channel, string templateKey, string title,
        IReadOnlyDictionary<string, string> fields, string? url, string idempotencyKey, DateTimeOffset now)
    {
        CustomerId = customerId;
        TaskId = taskId;
        Channel = channel;
        TemplateKey = Guard.Required(templateKey, "消息模板", TemplateKeyMaxLength);
        Title = Guard.Required(title, "消息标题", TitleMaxLength);
        Fields = new Dictionary<string, string>(fields);
        Url = Guard.Optional(url, "链接", UrlMaxLength);
        IdempotencyKey = Guard.Required(idempotencyKey, "幂等键", IdempotencyKeyMaxLength);
        State = OutboxState.Queued;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid CustomerId { get; private set; }

    /// <summary>The task this message announces, if any.</summary>
    public Guid? TaskId { get; private set; }

    public OutboxChannel Channel { get; private set; }

    public string TemplateKey { get; private set; }

    /// <summary>What the portal inbox and the SMS notice say when the template message cannot be used.</summary>
    public string Title { get; private set; }

    public IReadOnlyDictionary<string, string> Fields { get; private set; }

    /// <summary>The portal deep link (a path; the sender makes it absolute).</summary>
    public string? Url { get; private set; }

    /// <summary>One message per business event: a repeated submission finds this key taken and sends nothing new.</summary>
    public string IdempotencyKey { get; private set; }

    public OutboxState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public string? ProviderMessageId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? FellBackAt { get; private set; }

    /// <summary>The delivery run holding this message until <see cref="ClaimedUntil"/>; set by the worker's claim.</summary>
    public Guid? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>发送中: set just before the provider is called and cleared when its answer is recorded. A run that finds
    /// it set on a message it claims knows an earlier run died with that send in flight (it may have arrived).</summary>
    public DateTimeOffset? SendingSince { get; private set; }

    /// <summary>Sends that were in flight when their run died and so were made again (under the same
    /// <see cref="ClientMessageId"/>, which the provider uses to drop the repeat).</summary>
    public int InterruptedSends { get; private set; }

    /// <summary>The id every send of this message carries (WeChat's <c>client_msg_id</c>, the SMS provider's
    /// idempotency key): the same on every attempt, different for every message, so a repeated send is dropped by
    /// the provider and two different messages with the same content are both delivered.</summary>
    public string ClientMessageId => Id.ToString("N");

    /// <summary>Records 发送中 before the provider is called; returns true when an earlier send of this message was
    /// interrupted (its run died between calling the provider and recording the answer).</summary>
    public bool BeginSending(DateTimeOffset now)
    {
        RequireQueued();
        var interrupted = SendingSince is not null;
        if (interrupted)
        {
            InterruptedSends++;
        }

        SendingSince = now;
        return interrupted;
    }

    public void MarkSent(string? providerMessageId, DateTimeOffset now)
    {
        RequireQueued();
        Attempts++;
        ProviderMessageId = providerMessageId is { Length: > ProviderMessageIdMaxLength } ? providerMessageId[..ProviderMessageIdMaxLength] : providerMessageId;
        State = Channel == OutboxChannel.Sms ? OutboxState.FellBackToSms : OutboxState.Sent;
        SentAt = now;
        Release();
    }

    /// <summary>The customer cannot receive template messages (or has no openid): the notice goes by SMS and to the
    /// portal inbox instead. The switch is saved before the SMS is sent, so the template is never tried again.</summary>
    public void FallBackToSms(string reason, DateTimeOffset now)
    {
        RequireQueued();
        if (Channel != OutboxChannel.Template)
        {
            throw new DomainException("只有模板消息可以转为短信");
        }

        Attempts++;
        Channel = OutboxChannel.Sms;
        SendingSince = null;
        LastError = Clip(reason);
        FellBackAt = now;
        NextAttemptAt = now;
    }

    /// <summary>Try again later with exponential backoff (<paramref name="baseDelay"/> × 2^(attempts−1), at most an
    /// hour); after <paramref name="maxAttempts"/> attempts the message is 失败.</summary>
    public void RetryLater(string error, DateTimeOffset now, int maxAttempts, TimeSpan baseDelay)
    {
        RequireQueued();
        Attempts++;
        LastError = Clip(error);
        if (Attempts >= maxAttempts)
        {
            State = OutboxState.Failed;
            LastError = Clip($"已重试{Attempts}次仍未成功：{error}");
        }
        else
        {
            var delay = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, baseDelay.Ticks * (1L << Math.Min(Attempts - 1, 20))));
            NextAttemptAt = now + delay;
        }

        Release();
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        RequireQueued();
        Attempts++;
        State = OutboxState.Failed;
        LastError = Clip(reason);
        NextAttemptAt = now;
        Release();
    }

    private void Release()
    {
        SendingSince = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    private void RequireQueued()
    {
        if (State != OutboxState.Queued)
        {
            throw new DomainException("该消息已处理，不能重复发送");
        }
    }

    private static string Clip(string value) =>
        value.Length > ErrorMaxLength ? value[..(ErrorMaxLength - 1)] + "…" : value;
}
