namespace CellCrm.Domain.Payments;

/// <summary>A refund notify (<c>REFUND.SUCCESS</c> / <c>REFUND.ABNORMAL</c> / <c>REFUND.CLOSED</c>).</summary>
public sealed record RefundNotification(string Id, string EventType, DateTimeOffset? CreatedAt, PaymentRefund Refund)
    : PaymentNotification(Id, EventType, CreatedAt);
