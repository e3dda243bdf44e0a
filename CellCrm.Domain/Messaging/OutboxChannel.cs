namespace CellCrm.Domain.Messaging;

/// <summary>How an outbox message currently travels: a WeChat template message first, an SMS notice when the
/// customer cannot receive it, or only the in-portal inbox.</summary>
public enum OutboxChannel
{
    Template = 0,
    Sms = 1,
    PortalInbox = 2,
}
