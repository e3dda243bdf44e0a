namespace CellCrm.Domain.Payments;

/// <summary>A verified, decrypted notify. <see cref="Id"/> is WeChat Pay's notify id; the same event may arrive
/// several times and out of order, so act on the transaction or refund id, once.</summary>
public abstract record PaymentNotification(string Id, string EventType, DateTimeOffset? CreatedAt);
