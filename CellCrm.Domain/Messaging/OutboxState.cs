namespace CellCrm.Domain.Messaging;

public enum OutboxState
{
    Queued = 0,
    Sent = 1,
    Failed = 2,
    FellBackToSms = 3,
}
