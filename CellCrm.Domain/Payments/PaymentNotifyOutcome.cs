namespace CellCrm.Domain.Payments;

/// <summary>Either a verified <see cref="Notification"/> or the <see cref="Rejection"/> that refused it.</summary>
public sealed record PaymentNotifyOutcome
{
    private PaymentNotifyOutcome(PaymentNotification? notification, NotifyRejection? rejection, string? detail)
    {
        Notification = notification;
        Rejection = rejection;
        Detail = detail;
    }

    public PaymentNotification? Notification { get; }

    public NotifyRejection? Rejection { get; }

    /// <summary>For the log; never shown to WeChat Pay or a user.</summary>
    public string? Detail { get; }

    public bool Accepted => Notification is not null;

    public static PaymentNotifyOutcome Accept(PaymentNotification notification) => new(notification, null, null);

    public static PaymentNotifyOutcome Reject(NotifyRejection rejection, string detail) => new(null, rejection, detail);
}
