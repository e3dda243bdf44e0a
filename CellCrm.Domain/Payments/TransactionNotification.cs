namespace CellCrm.Domain.Payments;

/// <summary>A payment notify (<c>TRANSACTION.SUCCESS</c>).</summary>
public sealed record TransactionNotification(string Id, string EventType, DateTimeOffset? CreatedAt, PaymentTransaction Transaction)
    : PaymentNotification(Id, EventType, CreatedAt);
