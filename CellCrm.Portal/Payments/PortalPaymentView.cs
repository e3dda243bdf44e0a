using CellCrm.Domain.Payments;

namespace CellCrm.Portal.Payments;

/// <summary>A payment link as its customer sees it; <see cref="State"/> is the state at the time of reading.</summary>
public sealed record PortalPaymentView(
    Guid Id,
    string PayerName,
    string Reason,
    long AmountFen,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    PaymentLinkState State,
    DateTimeOffset? PaidAt,
    string? TransactionId)
{
    public string Amount => PaymentLinkLabels.Yuan(AmountFen);

    public string StateLabel => PaymentLinkLabels.Of(State);
}
